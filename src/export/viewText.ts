/**
 * The view as CSV (RFC 4180; ';' with a UTF-8 BOM for Excel in Spanish locales, or ',') and as
 * JSON with typed values. Text cells and headers go through the domain's formula guard.
 */
import { guardFormula } from '../report/formulaGuard'
import { plainNumberText } from '../report/xlsxCells'
import { exportColumnType, viewCellValue, type ViewExportJob } from './viewExportJob'
import { nextTurn, type TaskProgress } from './workerTask'

const CHUNK = 5000
const BOM = '\ufeff'
const CRLF = '\r\n'

/** RFC 4180: a field holding the delimiter, a quote or a line break is quoted, quotes doubled. */
export function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A number the way the CSV's readers expect it: decimal comma with ';', decimal point with ','. */
function csvNumber(value: number, percent: boolean, delimiter: string): string {
  const text = delimiter === ';' ? plainNumberText(value) : plainNumberText(value).replace(',', '.')
  return percent ? `${text}%` : text
}

export async function writeViewCsv(job: ViewExportJob, delimiter: ';' | ',', onProgress: (p: TaskProgress) => void): Promise<Uint8Array> {
  const types = job.columns.map((c) => exportColumnType(c.key))
  const lines: string[] = [job.columns.map((c) => csvField(guardFormula(c.label), delimiter)).join(delimiter)]
  const total = job.metas.length
  for (let row = 0; row < total; row++) {
    const fields = job.columns.map((column, i) => {
      const value = viewCellValue(job, row, column.key)
      if (value === null) return ''
      if (typeof value === 'number') return csvNumber(value, types[i] === 'percent', delimiter)
      return csvField(guardFormula(value), delimiter)
    })
    lines.push(fields.join(delimiter))
    if ((row + 1) % CHUNK === 0) {
      onProgress({ done: row + 1, total })
      await nextTurn()
    }
  }
  onProgress({ done: total, total })
  // The BOM is what makes Excel read the file as UTF-8; ',' files are for other tools, which may choke on it.
  const text = (delimiter === ';' ? BOM : '') + lines.join(CRLF) + CRLF
  return new TextEncoder().encode(text)
}

export async function writeViewJson(job: ViewExportJob, onProgress: (p: TaskProgress) => void): Promise<Uint8Array> {
  const total = job.metas.length
  const rows: Record<string, string | number | null>[] = []
  for (let row = 0; row < total; row++) {
    const record: Record<string, string | number | null> = {}
    for (const column of job.columns) record[column.key] = viewCellValue(job, row, column.key)
    rows.push(record)
    if ((row + 1) % CHUNK === 0) {
      onProgress({ done: row + 1, total })
      await nextTurn()
    }
  }
  onProgress({ done: total, total })
  const document = {
    entity: job.report.entity,
    year: job.report.year,
    exportedAt: job.exportedAt,
    view: job.about,
    columns: job.columns.map((c) => ({ key: c.key, label: c.label, type: exportColumnType(c.key) })),
    metas: rows,
  }
  return new TextEncoder().encode(JSON.stringify(document, null, 2))
}
