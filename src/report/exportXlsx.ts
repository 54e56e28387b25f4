/**
 * A list of metas and columns to an XLSX sheet: numbers as numbers (percent as a fraction with a
 * percent format, so Excel in Ecuador shows "140,60 %"), text guarded against formula injection.
 * Import this module lazily in the browser: it pulls in exceljs.
 */
import { columnDef, textCell, typedReportCell } from './columns'
import type { ColumnKey, Meta } from './types'
import { xlsxCell } from './xlsxCells'
import { writeWorkbook, type SheetRow } from './xlsxWorkbook'

export interface XlsxOptions {
  readonly lang?: 'es' | 'en'
  readonly sheetName?: string
}

/** Grid pixels to Excel character widths. */
const PIXELS_PER_CHAR = 7

export async function exportXlsx(metas: readonly Meta[], columns: readonly ColumnKey[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'es'
  const defs = columns.map(columnDef)
  const rows: SheetRow[] = [{ number: 1, cells: defs.map((def) => xlsxCell(textCell(def.label[lang]))) }]
  metas.forEach((meta, i) => {
    rows.push({ number: i + 2, cells: defs.map((def) => xlsxCell(typedReportCell(def, meta.cells[def.key]))) })
  })
  return writeWorkbook([
    {
      name: options.sheetName ?? (lang === 'es' ? 'Metas' : 'Goals'),
      rows,
      widths: defs.map((def) => Math.round(def.width / PIXELS_PER_CHAR)),
      frozenRows: 1,
    },
  ])
}
