/**
 * A report back to its source format. Unedited rows, layout and line ends are copied from the
 * decoded source text, so an unedited report gives back the input bytes; an edit rewrites only its cell.
 */
import { isNumericColumn, columnDef, parseCell } from './columns'
import { encodeSource } from './decodeSource'
import { csvQuote } from './exportCsv'
import { guardFormula } from './formulaGuard'
import type { ColumnKey, Meta, Report, SourceInfo, SourceRow } from './types'
import { xlsxCellText } from './xlsxCells'

/** The cell text the source held at a position (CSV cells unquoted), or null past the row's end. */
export function originalCellText(source: SourceInfo, row: SourceRow, position: number): string | null {
  if (row.xlsx) {
    const cell = row.xlsx[position]
    return cell ? xlsxCellText(cell) : null
  }
  const spans = row.spans
  if (!spans || position * 2 >= spans.length) return null
  const raw = source.text.slice(spans[position * 2]!, spans[position * 2 + 1]!)
  return source.format === 'csv' && raw.startsWith('"') ? unquote(raw) : raw
}

function unquote(raw: string): string {
  const close = raw.lastIndexOf('"')
  return raw.slice(1, close).replace(/""/g, '"') + raw.slice(close + 1)
}

/** Positions of a meta's cells whose text differs from the source. */
export function editedPositions(source: SourceInfo, row: SourceRow, meta: Meta): number[] {
  const edited: number[] = []
  source.columns.forEach((key, position) => {
    if (!key) return
    const original = originalCellText(source, row, position) ?? ''
    if (meta.cells[key] !== original) edited.push(position)
  })
  return edited
}

/** An edited cell as source text: a text cell that reads as a formula is guarded; CSV quotes when needed. */
function encodeCell(source: SourceInfo, key: ColumnKey, text: string, wasQuoted: boolean): string {
  const def = columnDef(key)
  const isNumber = isNumericColumn(def) && parseCell(def, text).ok
  const safe = isNumber ? text : guardFormula(text)
  if (source.format === 'tsv') {
    // A tab or line break would split the row: TSV has no quoting, so they become spaces.
    return safe.replace(/\r\n|[\t\r\n]/g, ' ')
  }
  // A cell that was quoted stays quoted, as the tool that wrote the file did.
  return wasQuoted ? `"${safe.replace(/"/g, '""')}"` : csvQuote(safe, source.delimiter)
}

function rebuildRow(source: SourceInfo, row: SourceRow, meta: Meta, edited: readonly number[]): string {
  const spans = row.spans!
  const count = Math.max(spans.length / 2, edited[edited.length - 1]! + 1)
  const parts: string[] = []
  for (let i = 0; i < count; i++) {
    const key = source.columns[i]
    const hasRaw = i * 2 < spans.length
    const raw = hasRaw ? source.text.slice(spans[i * 2]!, spans[i * 2 + 1]!) : ''
    parts.push(key && edited.includes(i) ? encodeCell(source, key, meta.cells[key], raw.startsWith('"')) : raw)
  }
  return parts.join(source.delimiter)
}

/** The report as its source text (TSV/CSV). XLSX sources are written by writeSourceXlsx. */
export function serializeSourceText(report: Report): string {
  const { source } = report
  if (source.format === 'xlsx') throw new Error('serializeSourceText: XLSX sources are written by writeSourceXlsx')
  const parts: string[] = []
  let cursor = 0
  for (const row of source.rows) {
    if (row.meta === null || !row.spans) continue
    const meta = report.metas[row.meta]!
    const edited = editedPositions(source, row, meta)
    if (edited.length === 0) continue
    const start = row.spans[0]!
    parts.push(source.text.slice(cursor, start), rebuildRow(source, row, meta, edited))
    cursor = row.spans[row.spans.length - 1]!
  }
  parts.push(source.text.slice(cursor))
  return parts.join('')
}

/** The report's bytes in its source format, encoding, BOM and line ends (text sources). */
export function serializeSource(report: Report): Uint8Array {
  const { encoding, bom } = report.source
  return encodeSource(serializeSourceText(report), encoding, bom)
}
