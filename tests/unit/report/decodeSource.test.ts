// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { decodeSource, encodeSource } from '../../../src/report/decodeSource'
import { decodeWindows1252, encodeWindows1252 } from '../../../src/report/windows1252'

describe('Windows-1252', () => {
  it('reads the bytes Excel writes for curly quotes, dashes and the euro sign', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94, 0x96, 0x80, 0xe9, 0xf1]))).toBe('“A”–€éñ')
  })

  it('round-trips all 256 byte values', () => {
    const all = new Uint8Array(256).map((_, i) => i)
    expect([...encodeWindows1252(decodeWindows1252(all))]).toEqual([...all])
  })

  it('writes a character the code page lacks as one question mark', () => {
    expect([...encodeWindows1252('a😀b✓')]).toEqual([0x61, 0x3f, 0x62, 0x3f])
  })
})

describe('decodeSource', () => {
  const text = 'GESTIÓN “pública”'

  it('reads UTF-8 without and with BOM and writes it back the same', () => {
    const plain = new TextEncoder().encode(text)
    expect(decodeSource(plain)).toEqual({ text, encoding: 'utf-8', bom: false })
    const bom = encodeSource(text, 'utf-8', true)
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(decodeSource(bom)).toEqual({ text, encoding: 'utf-8', bom: true })
  })

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeSource(encodeWindows1252(text))).toEqual({ text, encoding: 'windows-1252', bom: false })
  })

  it('says a BOM file with bytes that are not UTF-8 is damaged', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42])
    expect(decodeSource(bytes)).toMatchObject({ code: 'encoding' })
  })
})

describe('UTF-16 (Excel "Unicode text")', () => {
  it('reads a UTF-16LE file with BOM and writes the same bytes back', () => {
    const bytes = encodeSource('Año\t“2020”', 'utf-16le', true)
    expect([...bytes.slice(0, 4)]).toEqual([0xff, 0xfe, 0x41, 0x00])
    const decoded = decodeSource(bytes)
    expect(decoded).toEqual({ text: 'Año\t“2020”', encoding: 'utf-16le', bom: true })
  })

  it('says a UTF-16 file with an odd number of bytes seems cut off', () => {
    expect(decodeSource(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ code: 'truncated' })
  })
})
