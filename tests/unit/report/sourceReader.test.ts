// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { memoryKeeper, type ByteKeeper } from '../../../src/report/byteKeeper'
import { encodeSource } from '../../../src/report/decodeSource'
import { parseReportFile, type ParseOptions } from '../../../src/report/parseReport'
import { sourceReader } from '../../../src/report/sourceReader'
import { SEED_NAME, seedBytes, seedReport, seedText } from '../../fixtures/seedReport'
import { toCsv, utf8, windows1252Crlf, withBom } from './sourceCopies'
import { seedAsXlsx } from './xlsxFixture'

/**
 * Keeps a copy of each chunk and blanks the chunk, as if its memory had moved to a worker: a reader
 * that read a chunk after handing it over would read zeros.
 */
function movingKeeper(): ByteKeeper {
  const kept = memoryKeeper()
  return {
    keep: (chunk) => {
      kept.keep(chunk.slice())
      chunk.fill(0)
    },
    bytes: () => kept.bytes(),
  }
}

/** The bytes pushed in pieces of `size` bytes (cutting lines and multi-byte characters anywhere). */
async function readInChunks(bytes: Uint8Array, size: number, options: ParseOptions = {}) {
  const reader = sourceReader(SEED_NAME, options, movingKeeper())
  for (let at = 0; at < bytes.length; at += size) reader.push(bytes.slice(at, at + size))
  const parsed = await reader.finish()
  return { bytes: await reader.bytes(), parsed }
}

describe('a report read as its bytes arrive', () => {
  it('is the report parseReportFile reads from the same bytes, wherever the chunks are cut', async () => {
    const expected = seedReport()
    // 1-byte and 7-byte chunks cut every UTF-8 sequence and every line; the large ones stream whole pages.
    for (const size of [1, 7, 4096, 65_536, 1 << 24]) {
      const { bytes, parsed } = await readInChunks(seedBytes(), size)
      expect([...bytes]).toEqual([...seedBytes()])
      expect(parsed).toEqual({ ok: true, report: expected })
    }
  })

  it('needs no whole copy of the file for its report when it is UTF-8 text with the known header', async () => {
    const moving = movingKeeper()
    const reader = sourceReader(SEED_NAME, {}, { keep: moving.keep, bytes: () => Promise.reject(new Error('the whole file was asked for')) })
    for (let at = 0; at < seedBytes().length; at += 4096) reader.push(seedBytes().slice(at, at + 4096))
    expect(await reader.finish()).toEqual({ ok: true, report: seedReport() })
    expect([...(await moving.bytes())]).toEqual([...seedBytes()])
  })

  it.each([
    ['CRLF line ends', utf8(seedText().replace(/\n/g, '\r\n'))],
    ['a UTF-8 BOM', withBom(seedBytes())],
    ['Windows-1252 with CRLF', windows1252Crlf(seedText())],
    ['UTF-16LE', encodeSource(seedText(), 'utf-16le', true)],
    ['no line end after its last row', utf8(seedText().trimEnd())],
    ['its last row cut in the middle', utf8(seedText().trimEnd().slice(0, -40))],
    ['its last character cut in the middle', seedBytes().slice(0, seedBytes().lastIndexOf(0xc3) + 1)],
    ['a NUL byte in its first lines', utf8(`\u0000${seedText()}`)],
    [
      'semicolons instead of tabs',
      utf8(
        toCsv(
          seedText()
            .split('\n')
            .map((l) => l.split('\t')),
          ';',
        ),
      ),
    ],
    ['only its first lines', utf8(seedText().split('\n').slice(0, 40).join('\n'))],
    ['nothing in it', new Uint8Array()],
  ])('with %s, reads as parseReportFile reads it', async (_, bytes) => {
    const expected = await parseReportFile(bytes, SEED_NAME)
    for (const size of [3, 65_536]) expect((await readInChunks(bytes, size)).parsed).toEqual(expected)
  })

  it('reads a spreadsheet whole, as parseReportFile does', async () => {
    const xlsx = await seedAsXlsx()
    const { parsed } = await readInChunks(xlsx, 65_536)
    expect(parsed).toEqual(await parseReportFile(xlsx, SEED_NAME))
    expect(parsed.ok && parsed.report.metas.length).toBe(seedReport().metas.length)
  })

  it('refuses a file over the size limit with the same message as parseReportFile', async () => {
    const options = { maxBytes: 100_000 }
    const { parsed } = await readInChunks(seedBytes(), 65_536, options)
    expect(parsed).toEqual(await parseReportFile(seedBytes(), SEED_NAME, options))
    expect(parsed.ok).toBe(false)
  })
})
