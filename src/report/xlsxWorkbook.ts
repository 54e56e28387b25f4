/** Writes one sheet of typed cells to XLSX bytes (exceljs; import this module lazily in the browser). */
import ExcelJS from 'exceljs'
import type { XlsxSourceCell } from './types'

export interface SheetRow {
  /** 1-based sheet row. */
  readonly number: number
  readonly cells: readonly XlsxSourceCell[]
}

export interface SheetSpec {
  readonly name: string
  readonly rows: readonly SheetRow[]
  /** Column widths in characters, by position. */
  readonly widths?: readonly number[]
  /** Rows frozen at the top (the header). */
  readonly frozenRows?: number
  /** Merged ranges, e.g. "D7:E7". */
  readonly merges?: readonly string[]
}

export async function writeWorkbook(spec: SheetSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(spec.name, spec.frozenRows ? { views: [{ state: 'frozen', ySplit: spec.frozenRows }] } : {})
  spec.widths?.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width
  })
  for (const row of spec.rows) {
    const sheetRow = sheet.getRow(row.number)
    row.cells.forEach((cell, i) => {
      if (cell.value === null) return
      const target = sheetRow.getCell(i + 1)
      target.value = cell.value
      if (cell.numFmt) target.numFmt = cell.numFmt
    })
  }
  for (const range of spec.merges ?? []) sheet.mergeCells(range)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
