// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../src/report/applyEdits'
import { COLUMNS } from '../../../src/report/columns'
import { exportCsv, exportCsvText } from '../../../src/report/exportCsv'
import { exportJson } from '../../../src/report/exportJson'
import { exportXlsx } from '../../../src/report/exportXlsx'
import type { ColumnKey } from '../../../src/report/types'
import { parseOk, seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
/** Meta 1 with a formula in every text column that has one, and a negative planned total. */
const hostile = applyEdits(seed, [
  { meta: 0, column: 'description', after: '=HYPERLINK("http://x","y")' },
  { meta: 0, column: 'indicator', after: '+1+1' },
  { meta: 0, column: 'result', after: '@SUM(A1:A2)' },
  { meta: 0, column: 'contribution', after: '-2+3' },
  { meta: 0, column: 'competence', after: '\tcmd' },
  { meta: 0, column: 'objective', after: '\r=1' },
  { meta: 0, column: 'planned', after: '-5' },
])
const ALL: ColumnKey[] = COLUMNS.map((c) => c.key)
const GUARDED = { description: `'=HYPERLINK("http://x","y")`, indicator: "'+1+1", result: "'@SUM(A1:A2)", contribution: "'-2+3", competence: "'\tcmd" }

/** The hostile meta read back: every formula text guarded, the negative total still a number. */
function expectGuarded(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(2)
  const byKey = (key: ColumnKey) => row.getCell(ALL.indexOf(key) + 1).value
  for (const [key, value] of Object.entries(GUARDED)) expect(byKey(key as ColumnKey)).toBe(value)
  // XLSX's XML turns the CR into a line feed; the guard is still first.
  expect(String(byKey('objective')).startsWith("'")).toBe(true)
  expect(byKey('planned')).toBe(-5)
}

async function readCsvWithExcel(bytes: Uint8Array, delimiter: string): Promise<ExcelJS.Worksheet> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'csv-')), 'export.csv')
  writeFileSync(file, bytes)
  const workbook = new ExcelJS.Workbook()
  return workbook.csv.readFile(file, { parserOptions: { delimiter } })
}

describe('exportCsv', () => {
  it('writes a semicolon CSV with BOM, CRLF, Spanish headers and the cells as the report writes them', () => {
    const bytes = exportCsv(seed.metas.slice(0, 2), ['no', 'planned', 'percent', 'description'])
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\r\n')).toEqual([
      'N.º de meta;Total planificado;Cumplimiento;Descripción de la meta',
      `1;3;100,00%;${seed.metas[0]!.cells.description}`,
      `2;500;140,60%;${seed.metas[1]!.cells.description}`,
      '',
    ])
  })

  it('writes a comma CSV without BOM, numbers plain and English headers', () => {
    const text = new TextDecoder().decode(exportCsv(seed.metas.slice(45, 46), ['no', 'planned', 'percent'], { delimiter: ',', lang: 'en' }))
    expect(text).toBe('Goal no.,Planned total,Fulfillment\r\n46,21447.91,0\r\n')
  })

  it('writes a file the app opens again, in either language', () => {
    for (const lang of ['es', 'en'] as const) {
      const report = parseOk(exportCsv(seed.metas, ALL, { lang }))
      expect(report.metas.map((m) => m.cells)).toEqual(seed.metas.map((m) => m.cells))
    }
  })

  it('quotes cells with the delimiter, quotes or line breaks and reads back through Excel’s parser', async () => {
    const edited = applyEdits(seed, [{ meta: 0, column: 'result', after: 'uno; "dos"\ntres' }])
    const bytes = exportCsv(edited.metas.slice(0, 1), ['no', 'result'])
    expect(exportCsvText(edited.metas.slice(0, 1), ['no', 'result'])).toContain('1;"uno; ""dos""\ntres"')
    const sheet = await readCsvWithExcel(bytes, ';')
    expect(sheet.getRow(2).getCell(2).value).toBe('uno; "dos"\ntres')
  })

  it('neutralises formulas in text cells, read back with exceljs, and keeps numbers as numbers', async () => {
    expectGuarded(await readCsvWithExcel(exportCsv(hostile.metas.slice(0, 1), ALL, { delimiter: ',' }), ','))
  })
})

describe('exportXlsx', () => {
  async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    return workbook.worksheets[0]!
  }

  it('types totals as numbers and the percentage as a fraction with a percent format', async () => {
    const sheet = await sheetOf(await exportXlsx(seed.metas.slice(45, 47), ['no', 'planned', 'achieved', 'percent', 'description']))
    expect(sheet.getRow(1).values).toEqual([undefined, 'N.º de meta', 'Total planificado', 'Total cumplido', 'Cumplimiento', 'Descripción de la meta'])
    const row = sheet.getRow(3)
    expect(row.getCell(1).value).toBe(47)
    expect(row.getCell(2).value).toBe(100)
    expect(row.getCell(3).value).toBe(98.42)
    // "98,42%" is written as 0.9842 itself, not 98.42 / 100's binary neighbour.
    expect(row.getCell(4).value).toBe(0.9842)
    expect(row.getCell(4).numFmt).toBe('0.00%')
    // Formats show what the grid shows: a whole total without decimals, a decimal one with two.
    expect(row.getCell(2).numFmt).toBe('#,##0')
    expect(sheet.getRow(2).getCell(2).value).toBe(21447.91)
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('#,##0.00')
  })

  it('neutralises formulas in text cells and keeps a negative total a number', async () => {
    expectGuarded(await sheetOf(await exportXlsx(hostile.metas.slice(0, 1), ALL)))
  })

  it('keeps an unreadable number as text, guarded', async () => {
    const shifted = seed.metas.find((m) => m.cells.no === '54')!
    const sheet = await sheetOf(await exportXlsx([shifted], ['planned']))
    expect(sheet.getRow(2).getCell(1).value).toBe(shifted.cells.planned)
  })
})

describe('exportJson', () => {
  it('writes typed values: numbers, percent in points, blank as null, unreadable numbers as text', () => {
    const metas = [seed.metas[1]!, seed.metas.find((m) => m.cells.no === '54')!]
    const json = JSON.parse(new TextDecoder().decode(exportJson(metas, ['no', 'planned', 'achieved', 'percent', 'description'])))
    expect(json[0]).toEqual({ no: 2, planned: 500, achieved: 703, percent: 140.6, description: seed.metas[1]!.cells.description })
    expect(json[1]).toEqual({ no: 54, planned: metas[1]!.cells.planned, achieved: 100, percent: 0, description: '' })
    expect(Object.keys(json[0])).toEqual(['no', 'planned', 'achieved', 'percent', 'description'])
  })
})
