/**
 * The one XLSX writer: sheets of typed cells to XLSX bytes (exceljs; import this module lazily in
 * the browser). The CLI, the source writer, the view export and the change log all write through it.
 */
import type ExcelJS from 'exceljs'
import { loadExcel } from './loadExcel'
import type { XlsxSourceCell } from './types'

/** A cell to write: a spreadsheet value (see xlsxCell), or a date with its format. */
export type SheetCell = XlsxSourceCell | { readonly value: Date; readonly numFmt: string }

export interface SheetRow {
  /** 1-based sheet row. */
  readonly number: number
  readonly cells: readonly SheetCell[]
}

/** How the cells of a column look: labels in bold, long text wrapped at the top. */
export type ColumnStyle = 'bold' | 'wrap' | null

export interface SheetSpec {
  /** Cut to the 31 characters Excel allows. */
  readonly name: string
  /** In order; a long sheet can produce its rows while it is written (progress, a turn for the page). */
  readonly rows: Iterable<SheetRow> | AsyncIterable<SheetRow>
  /** Column widths in characters, by position. */
  readonly widths?: readonly number[]
  readonly styles?: readonly ColumnStyle[]
  /** Rows frozen at the top (the header). */
  readonly frozenRows?: number
  /** Row 1 is a table header: bold, with a filter over the columns that have a width. */
  readonly header?: boolean
  /** Merged ranges, e.g. "D7:E7". */
  readonly merges?: readonly string[]
}

export interface WorkbookOptions {
  readonly created?: Date
  /** The fastest deflate: a 100,000-row sheet packs in about half the time, a third larger. */
  readonly fastPacking?: boolean
}

const MIN_WIDTH = 8
const MAX_WIDTH = 60

/**
 * A column width in characters that shows the longest of `lengths` (its texts' lengths) without
 * a wall of text. Reading stops at the widest width, so a lazy list is read only that far.
 */
export function fittedWidth(lengths: Iterable<number>): number {
  let widest = 0
  for (const length of lengths) {
    widest = Math.max(widest, length)
    if (widest + 2 >= MAX_WIDTH) break
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2))
}

/** The one place a cell is put into a sheet: a blank cell is left out, a number or date keeps its format. */
function putCell(sheetRow: ExcelJS.Row, column: number, cell: SheetCell, style: ColumnStyle): void {
  if (cell.value === null) return
  const target = sheetRow.getCell(column)
  target.value = cell.value
  if (cell.numFmt) target.numFmt = cell.numFmt
  if (style === 'bold') target.font = { bold: true }
  else if (style === 'wrap') target.alignment = { wrapText: true, vertical: 'top' }
}

async function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): Promise<void> {
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31), spec.frozenRows ? { views: [{ state: 'frozen', ySplit: spec.frozenRows }] } : {})
  spec.widths?.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width
  })
  for await (const row of spec.rows) {
    const sheetRow = sheet.getRow(row.number)
    row.cells.forEach((cell, i) => putCell(sheetRow, i + 1, cell, spec.styles?.[i] ?? null))
  }
  if (spec.header) {
    sheet.getRow(1).font = { bold: true }
    const columns = spec.widths?.length ?? 0
    if (columns > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } }
  }
  for (const range of spec.merges ?? []) sheet.mergeCells(range)
}

export async function writeWorkbook(sheets: readonly SheetSpec[], options: WorkbookOptions = {}): Promise<Uint8Array> {
  const workbook = new (await loadExcel()).Workbook()
  if (options.created) workbook.created = options.created
  for (const spec of sheets) await addSheet(workbook, spec)
  const packing = options.fastPacking ? { zip: { compression: 'DEFLATE' as const, compressionOptions: { level: 1 } } } : {}
  return new Uint8Array(await workbook.xlsx.writeBuffer(packing))
}
