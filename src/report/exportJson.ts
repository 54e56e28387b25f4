/**
 * A list of metas and columns to JSON: one object per meta, keys in the columns' order, numbers as
 * numbers (percent in points, 140.6) and blank as null. A numeric cell that is not a number keeps its
 * text so nothing is lost. JSON is data, not a spreadsheet, so no formula guard applies.
 */
import { columnDef, typedReportCell, type CellValue } from './columns'
import type { ColumnKey, Meta } from './types'

export function exportJsonValue(metas: readonly Meta[], columns: readonly ColumnKey[]): Record<string, CellValue>[] {
  const defs = columns.map(columnDef)
  return metas.map((meta) => {
    const row: Record<string, CellValue> = {}
    for (const def of defs) row[def.key] = typedReportCell(def, meta.cells[def.key]).value
    return row
  })
}

export function exportJson(metas: readonly Meta[], columns: readonly ColumnKey[]): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(exportJsonValue(metas, columns), null, 2)}\n`)
}
