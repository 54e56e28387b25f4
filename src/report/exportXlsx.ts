/**
 * A list of metas and columns to an XLSX sheet: numbers as numbers (percent as a fraction with a
 * percent format, so Excel in Ecuador shows "140,60 %"), text guarded against formula injection.
 * Import this module lazily in the browser: it pulls in exceljs.
 */
import { columnDef, textCell, typedReportCell } from './columns'
import { extraCells } from './exportCsv'
import type { ColumnKey, ExtraColumn, Meta } from './types'
import { xlsxCell } from './xlsxCells'
import { writeWorkbook, type SheetRow } from './xlsxWorkbook'

export interface XlsxOptions {
  readonly lang?: 'es' | 'en'
  readonly sheetName?: string
  /** The file's own columns (SourceInfo.extraColumns), written after the report's under their headers. */
  readonly extraColumns?: readonly ExtraColumn[]
}

/** Width of an extra column, in characters: its values are unknown to the column table. */
const EXTRA_WIDTH = 24

/** Grid pixels to Excel character widths. */
const PIXELS_PER_CHAR = 7

export async function exportXlsx(metas: readonly Meta[], columns: readonly ColumnKey[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'es'
  const defs = columns.map(columnDef)
  const extras = options.extraColumns ?? []
  const rows: SheetRow[] = [{ number: 1, cells: [...defs.map((def) => textCell(def.label[lang])), ...extras.map((e) => textCell(e.header))].map(xlsxCell) }]
  metas.forEach((meta, i) => {
    rows.push({ number: i + 2, cells: [...defs.map((def) => typedReportCell(def, meta.cells[def.key])), ...extraCells(meta)].map(xlsxCell) })
  })
  return writeWorkbook([
    {
      name: options.sheetName ?? (lang === 'es' ? 'Metas' : 'Goals'),
      rows,
      widths: [...defs.map((def) => Math.round(def.width / PIXELS_PER_CHAR)), ...extras.map(() => EXTRA_WIDTH)],
      frozenRows: 1,
    },
  ])
}
