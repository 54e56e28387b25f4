/**
 * An XLSX-sourced report back to XLSX: every row in its place, unedited cells with the value and
 * number format they had, edited cells typed by their column.
 */
import { columnDef, typedReportCell } from './columns'
import { editedPositions } from './serializeSource'
import type { Report, XlsxSourceCell } from './types'
import { xlsxCell, xlsxCellText } from './xlsxCells'
import { writeWorkbook, type SheetRow } from './xlsxWorkbook'

export async function writeSourceXlsx(report: Report): Promise<Uint8Array> {
  const { source } = report
  const rows: SheetRow[] = source.rows.map((row) => {
    const original = row.xlsx ?? []
    if (row.meta === null) return { number: row.line, cells: original }
    const meta = report.metas[row.meta]!
    const edited = editedPositions(source.columns, original.map(xlsxCellText), meta)
    if (edited.length === 0) return { number: row.line, cells: original }
    const cells: XlsxSourceCell[] = original.slice()
    for (const at of edited) {
      const key = source.columns[at]!
      while (cells.length <= at) cells.push({ value: null })
      cells[at] = xlsxCell(typedReportCell(columnDef(key), meta.cells[key]))
    }
    return { number: row.line, cells }
  })
  return writeWorkbook([{ name: source.sheetName ?? 'Hoja1', rows, merges: source.xlsxMerges ?? [] }])
}
