/**
 * The view as an XLSX workbook: a data sheet (typed cells, frozen and filterable header, fitted
 * widths) and a second sheet saying which filters and sort made the view. The domain's cell
 * encoder (xlsxCell) decides each cell and its writer (writeWorkbook) writes them; this adds the
 * layout. Loaded only when exporting.
 */
import { textCell } from '../../report/columns'
import { xlsxCell } from '../../report/xlsxCells'
import { fittedWidth, writeWorkbook, type SheetRow } from '../../report/xlsxWorkbook'
import { viewCell, type ViewExportJob } from './viewExportJob'
import { nextTurn, type TaskProgress } from '../../ui/tasks/workerTask'

const CHUNK = 2000

/** Lengths of a column's header and of a sample of its cells, a number with room for its format. */
function* columnLengths(job: ViewExportJob, col: number): Generator<number> {
  const key = job.columns[col]!.key
  yield job.columns[col]!.label.length
  // Sampling keeps fitting cheap on 100,000 rows; a long narrative column hits the cap anyway.
  const step = Math.max(1, Math.floor(job.metas.length / 5000))
  for (let row = 0; row < job.metas.length; row += step) {
    const cell = xlsxCell(viewCell(job, row, key)).value
    yield typeof cell === 'number' ? String(cell).length + 4 : String(cell ?? '').length
  }
}

async function* dataRows(job: ViewExportJob, onProgress: (p: TaskProgress) => void): AsyncGenerator<SheetRow> {
  yield { number: 1, cells: job.columns.map((c) => xlsxCell(textCell(c.label))) }
  const total = job.metas.length
  for (let row = 0; row < total; row++) {
    yield { number: row + 2, cells: job.columns.map((column) => xlsxCell(viewCell(job, row, column.key))) }
    if ((row + 1) % CHUNK === 0) {
      onProgress({ done: row + 1, total })
      await nextTurn()
    }
  }
  onProgress({ done: total, total })
  // Packing the zip, which comes next, has no steps to count.
  onProgress({ done: 0, total: 0 })
}

export async function writeViewWorkbook(job: ViewExportJob, onProgress: (p: TaskProgress) => void): Promise<Uint8Array> {
  const data = {
    name: job.sheetNames.data,
    rows: dataRows(job, onProgress),
    widths: job.columns.map((_, i) => fittedWidth(columnLengths(job, i))),
    frozenRows: 1,
    header: true,
  }
  const about = {
    name: job.sheetNames.about,
    rows: job.about.map((line, i) => ({ number: i + 1, cells: [xlsxCell(textCell(line.label)), xlsxCell(textCell(line.value))] })),
    widths: [24, 80],
    styles: ['bold', 'wrap'] as const,
  }
  return writeWorkbook([data, about], { created: new Date(job.exportedAt), fastPacking: true })
}
