// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseReport, parseReportFile } from '../../../src/report/parseReport'
import type { ParseError, ParseResult } from '../../../src/report/types'
import { seedBytes, seedRows, seedText } from '../../fixtures/seedReport'
import { toCsv, utf8 } from './sourceCopies'
import { seedAsXlsx } from './xlsxFixture'

function errorOf(result: ParseResult): ParseError {
  if (result.ok) throw new Error('expected a parse error')
  return result.error
}

describe('parseReport refuses bad input with a message and a place, never an exception', () => {
  it('says an empty file is empty', () => {
    const error = errorOf(parseReport(new Uint8Array()))
    expect(error).toMatchObject({ code: 'empty', line: 1, message: { es: 'El archivo está vacío.', en: 'The file is empty.' } })
    expect(errorOf(parseReport(utf8('\n\n  \n'))).code).toBe('empty')
  })

  it('says binary data is not a report', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    const error = errorOf(parseReport(bytes))
    expect(error.code).toBe('binary')
    expect(error.message.es).toContain('binarios')
  })

  it('says a different table has no POA header', () => {
    const error = errorOf(parseReport(utf8('Nombre;Apellido;Edad\nAna;Pérez;31\nLuis;Mora;45')))
    expect(error.code).toBe('noHeader')
    expect(error.message.es).toContain('No se encontró la cabecera')
    expect(error.message.en).toContain('Is this a different table?')
  })

  it('names the columns a header lacks', () => {
    const rows = seedRows().map((r) => r.slice(0, 8))
    const error = errorOf(parseReport(utf8(toCsv(rows, ';'))))
    expect(error.code).toBe('missingColumns')
    expect(error.line).toBe(7)
    expect(error.message.es).toBe('A la cabecera (línea 7) le faltan columnas: Cumplimiento, Descripción del resultado, Aporte al plan de desarrollo.')
  })

  it('says a header without rows has no goals, at the header line', () => {
    const head = seedText().split('\n').slice(0, 8).join('\n')
    const error = errorOf(parseReport(utf8(head)))
    expect(error).toMatchObject({ code: 'noRows', line: 7 })
  })

  it('says a file cut in the middle of a row seems cut off, at that line and cell', () => {
    const text = seedText()
    const lines = text.split('\n')
    const line = 200
    const cells = lines[line - 1]!.split('\t')
    const cutAt = lines.slice(0, line - 1).join('\n').length + 1 + cells.slice(0, 4).join('\t').length + 1 + 10
    const error = errorOf(parseReport(utf8(text.slice(0, cutAt))))
    expect(error).toMatchObject({ code: 'truncated', line, column: 5 })
    expect(error.message.es).toContain('parece cortado')
  })

  it('says a file cut inside a character or inside a quoted CSV cell seems cut off', () => {
    const bytes = seedBytes()
    const accent = bytes.indexOf(0xc3, 5000)
    expect(errorOf(parseReport(bytes.subarray(0, accent + 1))).code).toBe('truncated')
    const csv = toCsv(seedRows(), ';')
    const quoted = csv.indexOf('"', 5000)
    const error = errorOf(parseReport(utf8(csv.slice(0, quoted + 20))))
    expect(error.code).toBe('truncated')
    expect(error.line).toBe(csv.slice(0, quoted).split('\n').length)
  })

  it('refuses a file over the size limit before reading it', () => {
    const error = errorOf(parseReport(seedBytes(), 'big.txt', { maxBytes: 300 * 1024 }))
    expect(error.code).toBe('tooLarge')
    expect(seedBytes().length / 1048576).toBeCloseTo(0.4, 1)
    // Sizes in Spanish with a decimal comma, in English with a point.
    expect(error.message.es).toBe('El archivo pesa 0,4 MB; el máximo es 0,3 MB.')
    expect(error.message.en).toBe('The file is 0.4 MB; the maximum is 0.3 MB.')
  })

  it('answers on a 50 MB file that is not a report without reading it all (timed in npm run bench)', () => {
    const line = 'texto cualquiera, sin tabla;\n'
    const big = utf8(line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)))
    expect(big.length).toBeGreaterThanOrEqual(50 * 1024 * 1024)
    expect(errorOf(parseReport(big))).toMatchObject({ code: 'noHeader', line: 1 })
    const binary = new Uint8Array(50 * 1024 * 1024)
    expect(errorOf(parseReport(binary)).code).toBe('binary')
  })

  it('says a damaged XLSX cannot be read', async () => {
    const xlsx = await seedAsXlsx()
    const error = errorOf(await parseReportFile(xlsx.subarray(0, xlsx.length >> 1), 'cut.xlsx'))
    expect(error.code).toBe('xlsx')
    expect(error.message.es).toContain('dañado o cortado')
  })

  it('reads an XLSX only through parseReportFile, saying so if handed to the text parser', () => {
    const zip = utf8('PK\u0003\u0004rest')
    expect(errorOf(parseReport(zip)).code).toBe('xlsx')
  })
})
