/** `export FILE --format source|csv|xlsx|json --out OUT`: the report written in one format. */
import { COLUMNS } from '../report/columns'
import { exportCsv } from '../report/exportCsv'
import { exportJson } from '../report/exportJson'
import { exportXlsx } from '../report/exportXlsx'
import { serializeSourceFile } from '../report/serializeSourceFile'
import type { Report } from '../report/types'
import type { Lang } from './cliMessages'

export const FORMATS = ['source', 'csv', 'xlsx', 'json'] as const
export type ExportFormat = (typeof FORMATS)[number]

const ALL_COLUMNS = COLUMNS.map((c) => c.key)

/** Every report column, then the file's own columns (read-only extras) under their headers. */
export async function exportBytes(report: Report, format: ExportFormat, delimiter: ';' | ',', lang: Lang): Promise<Uint8Array> {
  const extraColumns = report.source.extraColumns ?? []
  switch (format) {
    case 'source':
      return serializeSourceFile(report)
    case 'csv':
      return exportCsv(report.metas, ALL_COLUMNS, { delimiter, lang, extraColumns })
    case 'xlsx':
      return exportXlsx(report.metas, ALL_COLUMNS, { lang, extraColumns })
    case 'json':
      return exportJson(report.metas, ALL_COLUMNS, extraColumns)
  }
}
