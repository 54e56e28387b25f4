/**
 * A report back to its source format. Unedited rows, layout and line ends are copied from the
 * decoded source text, so an unedited report gives back the input bytes; an edit rewrites only its cell.
 */
import { columnDef, typedReportCell } from './columns'
import { encodeSource } from './decodeSource'
import { csvCellText, csvQuote } from './exportCsv'
import { filePercentValue, reportPercentText } from './mapping/percentScale'
import { plainNumberText } from './numbers'
import { splitRecords, type TextRecord } from './splitRecords'
import type { ColumnKey, Meta, Report, SourceInfo } from './types'

/** Positions whose current text differs from the source's as read (cells past the row's end count as ''). */
export function editedPositions(source: SourceInfo, original: readonly string[], meta: Meta): number[] {
  const scale = source.mapping?.percentScale ?? 'points'
  const edited: number[] = []
  source.columns.forEach((key, position) => {
    if (!key) return
    const text = original[position] ?? ''
    if (meta.cells[key] !== (key === 'percent' ? reportPercentText(text, scale) : text)) edited.push(position)
  })
  return edited
}

/** An edited cell as source text: numbers as written (a fraction column's as fractions), other text guarded; CSV quotes when needed. */
function encodeCell(source: SourceInfo, key: ColumnKey, text: string, wasQuoted: boolean): string {
  const fraction = key === 'percent' ? filePercentValue(text, source.mapping?.percentScale ?? 'points') : null
  const safe = fraction !== null ? plainNumberText(fraction) : csvCellText(typedReportCell(columnDef(key), text), false)
  if (source.format === 'tsv') {
    // A tab or line break would split the row: TSV has no quoting, so they become spaces.
    return safe.replace(/\r\n|[\t\r\n]/g, ' ')
  }
  // A cell that was quoted stays quoted, as the tool that wrote the file did.
  return wasQuoted ? `"${safe.replace(/"/g, '""')}"` : csvQuote(safe, source.delimiter)
}

/** The row again with its edited cells re-encoded and every other cell as it was, byte for byte. */
function rebuildRow(source: SourceInfo, rowText: string, record: TextRecord, meta: Meta, edited: readonly number[]): string {
  const spans = record.spans
  const count = Math.max(spans.length / 2, edited[edited.length - 1]! + 1)
  const parts: string[] = []
  for (let i = 0; i < count; i++) {
    const key = source.columns[i]
    const raw = i * 2 < spans.length ? rowText.slice(spans[i * 2]!, spans[i * 2 + 1]!) : ''
    parts.push(key && edited.includes(i) ? encodeCell(source, key, meta.cells[key], raw.startsWith('"')) : raw)
  }
  return parts.join(source.delimiter)
}

/** The report as its source text (TSV/CSV); XLSX sources go through serializeSourceFile. */
function serializeSourceText(report: Report): string {
  const { source } = report
  if (source.format === 'xlsx') throw new Error('serializeSource: an XLSX source is written by serializeSourceFile')
  const parts: string[] = []
  let cursor = 0
  for (const row of source.rows) {
    if (row.meta === null || row.start === undefined || row.end === undefined) continue
    const meta = report.metas[row.meta]!
    // Rows are read again only here, to compare with the metas: parsing keeps no per-cell offsets.
    const rowText = source.text.slice(row.start, row.end)
    const record = splitRecords(rowText, source.delimiter, 1).records[0]!
    const edited = editedPositions(source, record.cells, meta)
    if (edited.length === 0) continue
    parts.push(source.text.slice(cursor, row.start), rebuildRow(source, rowText, record, meta, edited))
    cursor = row.end
  }
  parts.push(source.text.slice(cursor))
  return parts.join('')
}

/** The report's bytes in its source format, encoding, BOM and line ends (text sources). */
export function serializeSource(report: Report): Uint8Array {
  const { encoding, bom } = report.source
  return encodeSource(serializeSourceText(report), encoding, bom)
}
