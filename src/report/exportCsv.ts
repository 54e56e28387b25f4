/**
 * A list of metas and columns to CSV (RFC 4180: CRLF, quotes doubled, a cell quoted when it holds
 * the delimiter, a quote or a line break). ';' is what Excel in Ecuador opens: UTF-8 with BOM and
 * Ecuadorian numbers as the report writes them. ',' is for other tools: numbers written plainly (21447.91).
 * Text cells are guarded against formula injection; numbers are not.
 */
import { columnDef, isNumericColumn, parseCell } from './columns'
import { guardFormula } from './formulaGuard'
import type { ColumnKey, Meta } from './types'

export interface CsvOptions {
  readonly delimiter?: ';' | ','
  readonly lang?: 'es' | 'en'
}

export function csvQuote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

function cellText(key: ColumnKey, text: string, plainNumbers: boolean): string {
  const def = columnDef(key)
  if (isNumericColumn(def)) {
    const parsed = parseCell(def, text)
    if (parsed.ok) return plainNumbers && typeof parsed.value === 'number' ? String(parsed.value) : text
  }
  return guardFormula(text)
}

export function exportCsvText(metas: readonly Meta[], columns: readonly ColumnKey[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';'
  const lang = options.lang ?? 'es'
  const plainNumbers = delimiter === ','
  const line = (cells: readonly string[]) => cells.map((c) => csvQuote(c, delimiter)).join(delimiter)
  const lines = [line(columns.map((key) => guardFormula(columnDef(key).label[lang])))]
  for (const meta of metas) lines.push(line(columns.map((key) => cellText(key, meta.cells[key], plainNumbers))))
  return `${lines.join('\r\n')}\r\n`
}

/** CSV bytes: UTF-8, with a BOM for ';' so that Excel reads the accents right. */
export function exportCsv(metas: readonly Meta[], columns: readonly ColumnKey[], options: CsvOptions = {}): Uint8Array {
  const text = exportCsvText(metas, columns, options)
  return new TextEncoder().encode((options.delimiter ?? ';') === ';' ? `\uFEFF${text}` : text)
}
