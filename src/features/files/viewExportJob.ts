/**
 * What an export of a view needs, as plain data that crosses to the export worker: the view's
 * metas in order (drafts applied), its visible columns with labels in the UI's language, the
 * values of the computed columns, and the lines that describe how the view was made.
 */
import { columnDef, parseCell, type CellValue } from '../../report/columns'
import { NUM_FMT, percentFraction, typedCell } from '../../report/xlsxCells'
import { guardFormula } from '../../report/formulaGuard'
import type { Meta, XlsxSourceCell } from '../../report/types'
import type { ViewColumnKey } from '../../report/view/viewSpec'

export type ViewExportFormat = 'xlsx' | 'csv-semicolon' | 'csv-comma' | 'json'
export const VIEW_EXPORT_FORMATS: readonly ViewExportFormat[] = ['xlsx', 'csv-semicolon', 'csv-comma', 'json']

export interface ExportColumn {
  readonly key: ViewColumnKey
  readonly label: string
}

/** Values of the columns computed outside the report, aligned with the job's metas. */
export interface ComputedValues {
  /** achieved / planned, in percentage points. */
  readonly computedPercent?: readonly (number | null)[]
  /** Number of findings of each meta. */
  readonly findings?: readonly number[]
  /** Review status label of each meta. */
  readonly reviewStatus?: readonly string[]
}

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

/** A cell of the view as a typed value: numbers as numbers (percent in points), text as text. */
export function viewCellValue(job: ViewExportJob, row: number, key: ViewColumnKey): CellValue {
  if (key === 'computedPercent') return job.computed.computedPercent?.[row] ?? null
  if (key === 'findings') return job.computed.findings?.[row] ?? 0
  if (key === 'reviewStatus') return job.computed.reviewStatus?.[row] ?? ''
  const text = job.metas[row]!.cells[key]
  const parsed = parseCell(columnDef(key), text)
  // Blank or unparseable number cells keep their text: an export never hides what the report says.
  return parsed.ok && typeof parsed.value === 'number' ? parsed.value : text
}

/** The same cell as a spreadsheet cell: typed with an Ecuadorian-readable format, text guarded. */
export function viewSheetCell(job: ViewExportJob, row: number, key: ViewColumnKey): XlsxSourceCell {
  if (key === 'computedPercent' || key === 'findings' || key === 'reviewStatus') {
    const value = viewCellValue(job, row, key)
    if (typeof value === 'number') return key === 'findings' ? { value, numFmt: NUM_FMT.integer } : { value: percentFraction(value), numFmt: NUM_FMT.percent }
    return { value: value === null || value === '' ? null : guardFormula(value) }
  }
  return typedCell(columnDef(key), job.metas[row]!.cells[key], guardFormula)
}
