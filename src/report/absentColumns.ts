/** The report's columns its file lacks: said once for the whole report, never as a finding per meta. */
import { COLUMNS, type ColumnDef } from './columns'
import type { Report } from './types'

/** Required columns first, each with what the product needs it for (ColumnDef.need). */
export function absentColumns(report: Report): ColumnDef[] {
  const absent = COLUMNS.filter((def) => !report.source.columns.includes(def.key))
  return [...absent.filter((d) => d.required), ...absent.filter((d) => !d.required)]
}
