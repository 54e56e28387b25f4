// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../src/report/applyEdits'
import { parseReportFile } from '../../../src/report/parseReport'
import { encodeSource } from '../../../src/report/decodeSource'
import { serializeSource } from '../../../src/report/serializeSource'
import { serializeSourceFile } from '../../../src/report/serializeSourceFile'
import { decodeWindows1252 } from '../../../src/report/windows1252'
import { parseOk, seedBytes, seedReport, seedRows, seedText } from '../../fixtures/seedReport'
import { csvCell, toCsv, utf8, windows1252Crlf, withBom } from './sourceCopies'
import { seedAsXlsx, sheetValues } from './xlsxFixture'

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('serializeSource without edits gives back the input bytes', () => {
  const copies: [string, () => Uint8Array][] = [
    ['the seed (UTF-8, LF, no final newline)', seedBytes],
    ['a Windows-1252 + CRLF copy', () => windows1252Crlf(seedText())],
    ['a semicolon CSV with BOM', () => withBom(utf8(toCsv(seedRows(), ';')))],
    ['a comma CSV with CRLF and a final newline', () => utf8(`${toCsv(seedRows(), ',', '\r\n')}\r\n`)],
    ['a UTF-16LE copy with BOM (Excel "Unicode text")', () => encodeSource(seedText().replace(/\n/g, '\r\n'), 'utf-16le', true)],
  ]
  it.each(copies)('%s', (_, make) => {
    const bytes = make()
    expect(Buffer.from(serializeSource(parseOk(bytes))).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('serializeSource with edits changes only the edited cells', () => {
  const report = seedReport()
  const meta = report.metas[1]!

  it('rewrites one cell of the seed and nothing else', () => {
    const edited = applyEdits(report, [{ meta: 1, column: 'achieved', after: '704' }])
    const before = seedText().split('\n')
    const after = decode(serializeSource(edited)).split('\n')
    expect(after).toHaveLength(before.length)
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i + 1]))
    expect(changed).toEqual([meta.line])
    expect(after[meta.line - 1]!.split('\t')[7]).toBe('704')
    expect(before[meta.line - 1]!.split('\t').map((c, i) => (i === 7 ? '704' : c))).toEqual(after[meta.line - 1]!.split('\t'))
  })

  it('keeps Windows-1252 and CRLF when a Windows-1252 copy is edited', () => {
    const source = windows1252Crlf(seedText())
    const edited = applyEdits(parseOk(source), [{ meta: 1, column: 'result', after: 'Señal “nueva” €' }])
    const text = decodeWindows1252(serializeSource(edited))
    expect(text).toBe(decodeWindows1252(source).replace(meta.cells.result, () => 'Señal “nueva” €'))
  })

  it('quotes an edited CSV cell that now holds the delimiter, quotes or a line break', () => {
    const csv = toCsv(seedRows(), ';')
    const after = 'uno; "dos"\ntres'
    const edited = applyEdits(parseOk(utf8(csv)), [{ meta: 1, column: 'result', after }])
    const text = decode(serializeSource(edited))
    expect(text).toBe(csv.replace(csvCell(meta.cells.result, ';'), () => '"uno; ""dos""\ntres"'))
    const reread = parseOk(utf8(text))
    expect(reread.metas[1]!.cells.result).toBe(after)
  })

  it('pads a short row with the cells an edit reaches, leaving its other cells and rows as they were', () => {
    const rows = seedRows()
    const line = meta.line - 1
    rows[line] = rows[line]!.slice(0, 9)
    const csv = toCsv(rows, ';')
    const short = parseOk(utf8(csv))
    const text = decode(serializeSource(applyEdits(short, [{ meta: 1, column: 'contribution', after: 'aporte' }])))
    const before = csv.split('\n')
    const after = text.split('\n')
    expect(after.filter((l, i) => l !== before[i])).toEqual([`${before[line]};;aporte`])
    expect(parseOk(utf8(text)).metas[1]!.rawCells).toBeUndefined()
  })

  it('guards an edited text cell that a spreadsheet would run as a formula', () => {
    const edited = applyEdits(report, [{ meta: 1, column: 'description', after: '=HYPERLINK("x")' }])
    expect(parseOk(serializeSource(edited)).metas[1]!.cells.description).toBe(`'=HYPERLINK("x")`)
  })

  it('writes a negative number into a numeric cell as it is, not guarded', () => {
    const edited = applyEdits(report, [{ meta: 1, column: 'planned', after: '-5' }])
    expect(parseOk(serializeSource(edited)).metas[1]!.cells.planned).toBe('-5')
  })

  it('replaces tabs and line breaks of an edited TSV cell with spaces, keeping the row whole', () => {
    const edited = applyEdits(report, [{ meta: 1, column: 'result', after: 'a\tb\nc' }])
    const reread = parseOk(serializeSource(edited))
    expect(reread.metas).toHaveLength(351)
    expect(reread.metas[1]!.cells.result).toBe('a b c')
  })
})

describe('XLSX sources', () => {
  it('read to the same metas as the seed, and write back the same cell values', async () => {
    const xlsx = await seedAsXlsx()
    const result = await parseReportFile(xlsx, 'seed.xlsx')
    if (!result.ok) throw new Error(result.error.message.en)
    const report = result.report
    expect(report.source.format).toBe('xlsx')
    expect(report.metas).toHaveLength(351)
    const seed = seedReport()
    expect(report.metas.map((m) => m.cells.description)).toEqual(seed.metas.map((m) => m.cells.description))
    expect(report.metas[45]!.cells.planned).toBe('21447,91')
    const written = await serializeSourceFile(report)
    const values = await sheetValues(xlsx)
    // The merged header cell reads as its range's value: the merge itself came back too.
    expect(values[6]!.slice(3, 5)).toEqual(['METAS DEL POA', 'METAS DEL POA'])
    expect(await sheetValues(written)).toEqual(values)
  })

  it('write an edited cell typed by its column and leave the other cells alone', async () => {
    const xlsx = await seedAsXlsx()
    const result = await parseReportFile(xlsx, 'seed.xlsx')
    if (!result.ok) throw new Error(result.error.message.en)
    const meta = result.report.metas[1]!
    const edited = applyEdits(result.report, [{ meta: 1, column: 'achieved', after: '1.234,5' }])
    const before = await sheetValues(xlsx)
    const after = await sheetValues(await serializeSourceFile(edited))
    const diffs = after.flatMap((row, r) => row.flatMap((v, c) => (v === before[r]![c] ? [] : [[r + 1, c + 1, v]])))
    expect(diffs).toEqual([[meta.line, 8, 1234.5]])
  })
})
