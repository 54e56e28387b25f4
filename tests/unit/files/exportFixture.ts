/** The export job the view export tests run, and the ways they read written files back. */
import ExcelJS from 'exceljs'
import { filesMessages } from '../../../src/ui/i18n/filesMessages'
import { makeViewExportJob } from '../../../src/features/files/makeViewExportJob'
import type { ViewExportFormat, ViewExportJob } from '../../../src/features/files/viewExportJob'
import { splitRecords } from '../../../src/report/splitRecords'
import type { Meta, Report } from '../../../src/report/types'
import type { ViewSpec } from '../../../src/report/view/viewSpec'

export function jobFor(report: Report, spec: ViewSpec, metas: readonly Meta[], format: ViewExportFormat): ViewExportJob {
  return makeViewExportJob({ report, spec, metas, viewName: 'prueba', format, lang: 'es', t: filesMessages.es, now: new Date(2024, 4, 2, 10, 30) })
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return workbook
}

/** Every row of a sheet as plain values (undefined where the cell is empty). */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: unknown[] = []
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value
      values.push(v === null ? undefined : v)
    }
    rows[number - 1] = values
  })
  return rows
}

/** A CSV written by the export, read back with the app's own CSV reader. */
export function readCsv(bytes: Uint8Array, delimiter: string): { bom: boolean; rows: string[][] } {
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const bom = text.startsWith('\ufeff')
  if (bom) text = text.slice(1)
  const split = splitRecords(text, delimiter)
  if (split.unterminatedAt) throw new Error(`unterminated quote at line ${split.unterminatedAt.line}`)
  return { bom, rows: split.records.map((r) => [...r.cells]) }
}
