/**
 * What an export of a view needs, as plain data that crosses to the export worker: the view's
 * metas in order (drafts applied), its visible columns with labels in the UI's language, the
 * values of the computed columns, and the lines that describe how the view was made.
 */
import { columnDef, textCell, typedReportCell, type CellValue, type TypedCell } from '../../report/columns'
import type { Meta } from '../../report/types'
import { computedColumnDef, extraIndex, isComputedColumn, isExtraColumn, type ComputedColumnKey, type ViewColumnKey } from '../../report/viewColumns'

export type ViewExportFormat = 'xlsx' | 'csv-semicolon' | 'csv-comma' | 'json'
export const VIEW_EXPORT_FORMATS: readonly ViewExportFormat[] = ['xlsx', 'csv-semicolon', 'csv-comma', 'json']

export interface ExportColumn {
  readonly key: ViewColumnKey
  readonly label: string
}

/** Values of the visible computed columns (see COMPUTED_COLUMNS), aligned with the job's metas; a review status by its label. */
export type ComputedValues = Partial<Record<ComputedColumnKey, readonly CellValue[]>>

/** One line of the sheet that says how the view was made. */
export interface AboutLine {
  readonly label: string
  readonly value: string
}

export interface ViewExportJob {
  readonly format: ViewExportFormat
  readonly columns: readonly ExportColumn[]
  readonly metas: readonly Meta[]
  readonly computed: ComputedValues
  readonly about: readonly AboutLine[]
  readonly sheetNames: { readonly data: string; readonly about: string }
  /** JSON only: the report it came from, for a reader of the file. */
  readonly report: { readonly entity: string; readonly year: number | null }
  readonly exportedAt: string
}

/** A cell of the view typed as every export writes it (see csvCellText, xlsxCell). */
export function viewCell(job: ViewExportJob, row: number, key: ViewColumnKey): TypedCell {
  if (isComputedColumn(key)) return { type: computedColumnDef(key).type, value: job.computed[key]?.[row] ?? null }
  if (isExtraColumn(key)) return textCell(job.metas[row]!.extra?.[extraIndex(key)] ?? '')
  return typedReportCell(columnDef(key), job.metas[row]!.cells[key])
}
