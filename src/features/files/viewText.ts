/**
 * The view as CSV and JSON, through the domain's cell encoders (csvCellText; the typed values
 * exportJson writes), so a view's cell is the same as the CLI's; written in chunks so a
 * 100,000-row view reports progress.
 */
import { textCell, type CellValue } from '../../report/columns'
import { csvLine } from '../../report/exportCsv'
import { viewCell, type ViewExportJob } from './viewExportJob'
import { nextTurn, type TaskProgress } from '../../ui/tasks/workerTask'

const CHUNK = 5000
const BOM = '\ufeff'
const CRLF = '\r\n'

export async function writeViewCsv(job: ViewExportJob, delimiter: ';' | ',', onProgress: (p: TaskProgress) => void): Promise<Uint8Array> {
  const lines: string[] = [
    csvLine(
      job.columns.map((c) => textCell(c.label)),
      delimiter,
    ),
  ]
  const total = job.metas.length
  for (let row = 0; row < total; row++) {
    lines.push(
      csvLine(
        job.columns.map((column) => viewCell(job, row, column.key)),
        delimiter,
      ),
    )
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
  const rows: Record<string, CellValue>[] = []
  for (let row = 0; row < total; row++) {
    const record: Record<string, CellValue> = {}
    for (const { key } of job.columns) record[key] = viewCell(job, row, key).value
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
    columns: job.columns.map((c) => ({ key: c.key, label: c.label })),
    metas: rows,
  }
  return new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`)
}
