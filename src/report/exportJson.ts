/**
 * A list of metas and columns to JSON: one object per meta, keys in the columns' order, numbers as
 * numbers (percent in points, 140.6) and blank as null. A numeric cell that is not a number keeps its
 * text so nothing is lost. JSON is data, not a spreadsheet, so no formula guard applies.
 */
import { columnDef, typedReportCell, type CellValue } from './columns'
import type { ColumnKey, ExtraColumn, Meta } from './types'

export type JsonMeta = Record<string, CellValue | Record<string, string>>

/** `extraColumns`: the file's own columns, as an "extra" object of texts by their headers. */
export function exportJsonValue(metas: readonly Meta[], columns: readonly ColumnKey[], extraColumns: readonly ExtraColumn[] = []): JsonMeta[] {
  const defs = columns.map(columnDef)
  return metas.map((meta) => {
    const row: JsonMeta = {}
    for (const def of defs) row[def.key] = typedReportCell(def, meta.cells[def.key]).value
    if (extraColumns.length > 0) row.extra = Object.fromEntries(extraColumns.map((e, i) => [e.header, meta.extra?.[i] ?? '']))
    return row
  })
}

export function exportJson(metas: readonly Meta[], columns: readonly ColumnKey[], extraColumns: readonly ExtraColumn[] = []): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(exportJsonValue(metas, columns, extraColumns), null, 2)}\n`)
}
