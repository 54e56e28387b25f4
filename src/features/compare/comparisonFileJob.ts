/** An export of a comparison: its tables, the words of the workbook, and the format. */
import { comparisonJson } from '../../report/compare/comparisonJson'
import type { ComparisonTables } from '../../report/compare/comparisonTables'
import type { ComparisonSheetLabels } from '../../report/compare/comparisonWorkbook'
import type { Language } from '../../ui/i18n/catalog'

export type ComparisonFormat = 'xlsx' | 'json'

export interface ComparisonFileJob {
  readonly format: ComparisonFormat
  readonly tables: ComparisonTables
  readonly labels: ComparisonSheetLabels
  readonly lang: Language
}

/** The file's bytes; the XLSX writer (exceljs) loads only when a workbook is asked for. */
export async function buildComparisonFile(job: ComparisonFileJob): Promise<Uint8Array> {
  if (job.format === 'json') return comparisonJson(job.tables)
  const { comparisonWorkbook } = await import('../../report/compare/comparisonWorkbook')
  return comparisonWorkbook(job.tables, job.labels, job.lang)
}
