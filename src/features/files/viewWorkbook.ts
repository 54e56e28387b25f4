/**
 * The view as an XLSX workbook: a data sheet (typed cells, frozen and filterable header, fitted
 * widths) and a second sheet saying which filters and sort made the view. The domain's cell code
 * (typedCell, guardFormula) decides each cell; this adds the layout. Loaded only when exporting.
 */
import ExcelJS from 'exceljs'
import { guardFormula } from '../../report/formulaGuard'
import type { ViewExportJob } from './viewExportJob'
import { viewSheetCell } from './viewExportJob'
import { nextTurn, type TaskProgress } from './workerTask'

const MIN_WIDTH = 8
const MAX_WIDTH = 60
const CHUNK = 2000

/** Width in characters that shows a column's header and typical content without a wall of text. */
function fittedWidth(job: ViewExportJob, col: number): number {
  const key = job.columns[col]!.key
  let widest = job.columns[col]!.label.length
  // Sampling keeps fitting cheap on 100,000 rows; a long narrative column hits the cap anyway.
  const step = Math.max(1, Math.floor(job.metas.length / 5000))
  for (let row = 0; row < job.metas.length && widest < MAX_WIDTH; row += step) {
    const cell = viewSheetCell(job, row, key).value
    const length = typeof cell === 'number' ? String(cell).length + 4 : String(cell ?? '').length
    widest = Math.max(widest, length)
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2))
}

export async function writeViewWorkbook(job: ViewExportJob, onProgress: (p: TaskProgress) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.created = new Date(job.exportedAt)
  const sheet = workbook.addWorksheet(job.sheetNames.data.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = job.columns.map((c, i) => ({ header: guardFormula(c.label), key: c.key, width: fittedWidth(job, i) }))
  sheet.getRow(1).font = { bold: true }
  if (job.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: job.columns.length } }

  const total = job.metas.length
  for (let row = 0; row < total; row++) {
    const sheetRow = sheet.getRow(row + 2)
    job.columns.forEach((column, i) => {
      const cell = viewSheetCell(job, row, column.key)
      if (cell.value === null) return
      const target = sheetRow.getCell(i + 1)
      target.value = cell.value
      if (cell.numFmt) target.numFmt = cell.numFmt
    })
    if ((row + 1) % CHUNK === 0) {
      onProgress({ done: row + 1, total })
      await nextTurn()
    }
  }
  onProgress({ done: total, total })

  const about = workbook.addWorksheet(job.sheetNames.about.slice(0, 31))
  about.columns = [
    { key: 'label', width: 24 },
    { key: 'value', width: 80 },
  ]
  for (const line of job.about) {
    const added = about.addRow([guardFormula(line.label), guardFormula(line.value)])
    added.getCell(1).font = { bold: true }
    added.getCell(2).alignment = { wrapText: true, vertical: 'top' }
  }

  // Packing the zip has no steps to count. The fastest deflate level packs a 100,000-row sheet in
  // about half the time of the default, for a file about a third larger.
  onProgress({ done: 0, total: 0 })
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }))
}
