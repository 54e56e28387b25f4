/**
 * The one CSV cell encoder, and a list of metas and columns to CSV (RFC 4180: CRLF, quotes doubled,
 * a cell quoted when it holds the delimiter, a quote or a line break). ';' is what Excel in Ecuador
 * opens: UTF-8 with BOM and Ecuadorian numbers as the report writes them. ',' is for other tools:
 * numbers written plainly (21447.91). Text cells are guarded against formula injection; numbers are not.
 */
import { columnDef, textCell, typedReportCell, type TypedCell } from './columns'
import { guardFormula } from './formulaGuard'
import { plainNumberText } from './numbers'
import type { ColumnKey, ExtraColumn, Meta } from './types'

export interface CsvOptions {
  readonly delimiter?: ';' | ','
  readonly lang?: 'es' | 'en'
  /** The file's own columns (SourceInfo.extraColumns), written after the report's under their headers. */
  readonly extraColumns?: readonly ExtraColumn[]
}

/** A meta's extra columns as text cells: they are the file's, never typed by the report. */
export function extraCells(meta: Meta): TypedCell[] {
  return (meta.extra ?? []).map(textCell)
}

export function csvQuote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/**
 * A cell's CSV text, unquoted. A number keeps the report's own text ("140,60%"), or is written
 * plainly (140.6) with `plainNumbers`; a computed number is written the report's way ("53,96%").
 * Any other text is guarded, so no cell becomes a spreadsheet formula.
 */
export function csvCellText(cell: TypedCell, plainNumbers: boolean): string {
  const { value } = cell
  if (typeof value === 'number') {
    if (plainNumbers) return String(value)
    if (cell.text !== undefined) return cell.text
    return cell.type === 'percent' ? `${plainNumberText(Math.round(value * 100) / 100)}%` : plainNumberText(value)
  }
  if (value === null) return cell.text ?? ''
  return guardFormula(value)
}

/** One CSV line: numbers plain with ',', as the report writes them with ';'. */
export function csvLine(cells: readonly TypedCell[], delimiter: ';' | ','): string {
  return cells.map((cell) => csvQuote(csvCellText(cell, delimiter === ','), delimiter)).join(delimiter)
}

export function exportCsvText(metas: readonly Meta[], columns: readonly ColumnKey[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';'
  const lang = options.lang ?? 'es'
  const defs = columns.map(columnDef)
  const extras = options.extraColumns ?? []
  const lines = [csvLine([...defs.map((def) => textCell(def.label[lang])), ...extras.map((e) => textCell(e.header))], delimiter)]
  for (const meta of metas) lines.push(csvLine([...defs.map((def) => typedReportCell(def, meta.cells[def.key])), ...extraCells(meta)], delimiter))
  return `${lines.join('\r\n')}\r\n`
}

/** CSV bytes: UTF-8, with a BOM for ';' so that Excel reads the accents right. */
export function exportCsv(metas: readonly Meta[], columns: readonly ColumnKey[], options: CsvOptions = {}): Uint8Array {
  const text = exportCsvText(metas, columns, options)
  return new TextEncoder().encode((options.delimiter ?? ';') === ';' ? `\uFEFF${text}` : text)
}
