// @vitest-environment node
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { COLUMNS } from '../../../../src/report/columns'
import { exportCsvText } from '../../../../src/report/exportCsv'
import { exportJsonValue } from '../../../../src/report/exportJson'
import { exportXlsx } from '../../../../src/report/exportXlsx'
import { proposeReading, toColumnMapping } from '../../../../src/report/mapping/proposeReading'
import { parseReport, sketchReportFile } from '../../../../src/report/parseReport'
import { splitRecords } from '../../../../src/report/splitRecords'
import type { Report } from '../../../../src/report/types'
import { csvBytes, RENAMED, responsible, tableRows } from './mappedFixtures'

const KEYS = COLUMNS.map((c) => c.key)

/** The renamed form with its "Responsable" column; meta 1's holds text that looks like a formula. */
async function report(): Promise<Report> {
  const rows = tableRows(RENAMED)
  rows[6]![11] = '=HYPERLINK("http://x")'
  const bytes = csvBytes(rows)
  const sketched = await sketchReportFile(bytes)
  if (!sketched.ok) throw new Error(sketched.error.message.en)
  const result = parseReport(bytes, undefined, { mapping: toColumnMapping(sketched.table, proposeReading(sketched.table)) })
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}

describe('a file’s own columns in the exports', () => {
  it('come after the report’s columns in CSV, under their header, guarded against formulas', async () => {
    const r = await report()
    const records = splitRecords(exportCsvText(r.metas, KEYS, { extraColumns: r.source.extraColumns }), ';').records
    expect(records[0]!.cells.slice(11)).toEqual(['Responsable'])
    expect(records.slice(1, 4).map((rec) => rec.cells[11])).toEqual([responsible(0), '\'=HYPERLINK("http://x")', responsible(2)])
  })

  it('come after the report’s columns in XLSX as text', async () => {
    const r = await report()
    const workbook = new ExcelJS.Workbook()
    const bytes = await exportXlsx(r.metas, KEYS, { extraColumns: r.source.extraColumns })
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect([1, 2, 3].map((row) => sheet.getRow(row).getCell(12).value)).toEqual(['Responsable', responsible(0), '\'=HYPERLINK("http://x")'])
  })

  it('are an "extra" object of texts by header in JSON', async () => {
    const r = await report()
    expect(exportJsonValue(r.metas.slice(0, 1), ['no'], r.source.extraColumns)).toEqual([{ no: 1, extra: { Responsable: responsible(0) } }])
  })
})
