/**
 * The view as CSV and JSON, cell for cell as the domain's exportCsv / exportJson write a list of
 * metas (same quoting, guard, number text and typed values), plus the view's computed columns,
 * written in chunks so a 100,000-row view reports progress.
 */
import { columnDef, isNumericColumn, parseCell, type CellValue } from '../../report/columns'
import { csvQuote } from '../../report/exportCsv'
import { exportJsonValue } from '../../report/exportJson'
import { guardFormula } from '../../report/formulaGuard'
import type { ColumnKey } from '../../report/types'
import { plainNumberText } from '../../report/xlsxCells'
import { viewCellValue, type ViewExportJob } from './viewExportJob'
import { nextTurn, type TaskProgress } from './workerTask'

const CHUNK = 5000
const BOM = '\ufeff'
const CRLF = '\r\n'

const isReportColumn = (key: string): key is ColumnKey => key !== 'computedPercent' && key !== 'findings' && key !== 'reviewStatus'

/**
 * A cell's CSV text. With ';' (Excel in Ecuador) report numbers keep the report's own text and
 * computed percentages are written the same way ("53,96%"); with ',' numbers are plain (53.96).
 */
function csvCell(job: ViewExportJob, row: number, key: string, delimiter: ';' | ','): string {
  if (isReportColumn(key)) {
    const def = columnDef(key)
    const text = job.metas[row]!.cells[key]
    if (isNumericColumn(def)) {
      const parsed = parseCell(def, text)
      if (parsed.ok) return delimiter === ',' && typeof parsed.value === 'number' ? String(parsed.value) : text
    }
    return guardFormula(text)
  }
  const value = viewCellValue(job, row, key as 'computedPercent' | 'findings' | 'reviewStatus')
  if (value === null) return ''
  if (typeof value === 'string') return guardFormula(value)
  if (key === 'computedPercent' && delimiter === ';') return `${plainNumberText(Math.round(value * 100) / 100)}%`
  return String(value)
}

export async function writeViewCsv(job: ViewExportJob, delimiter: ';' | ',', onProgress: (p: TaskProgress) => void): Promise<Uint8Array> {
  const line = (cells: readonly string[]) => cells.map((c) => csvQuote(c, delimiter)).join(delimiter)
  const lines: string[] = [line(job.columns.map((c) => guardFormula(c.label)))]
  const total = job.metas.length
  for (let row = 0; row < total; row++) {
    lines.push(line(job.columns.map((column) => csvCell(job, row, column.key, delimiter))))
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
  const reportKeys = job.columns.map((c) => c.key).filter(isReportColumn)
  const total = job.metas.length
  const rows: Record<string, CellValue>[] = []
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = exportJsonValue(job.metas.slice(start, start + CHUNK), reportKeys)
    chunk.forEach((values, i) => {
      const record: Record<string, CellValue> = {}
      for (const { key } of job.columns) record[key] = isReportColumn(key) ? values[key]! : viewCellValue(job, start + i, key)
      rows.push(record)
    })
    onProgress({ done: Math.min(total, start + CHUNK), total })
    await nextTurn()
  }
  const document = {
    entity: job.report.entity,
    year: job.report.year,
    exportedAt: job.exportedAt,
    view: job.about,
    columns: job.columns.map((c) => ({ key: c.key, label: c.label })),
    metas: rows,
  }
  return new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`)
}
