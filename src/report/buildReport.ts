/**
 * Rows of cells (from text or from a sheet) to a Report: title lines, page headers and blank rows
 * become layout; every other row after the header is a meta, whatever its shape.
 */
import { columnDef, COLUMNS } from './columns'
import { findHeader, HEADER_SEARCH_ROWS } from './headerMap'
import { parseErrors } from './parseErrors'
import { foldLoose } from './textFold'
import type { Cells, ColumnKey, Meta, ParseResult, SourceInfo, SourceRow, XlsxSourceCell } from './types'

export interface SourceRecord {
  readonly line: number
  readonly cells: readonly string[]
  /** Text sources: the record's offsets in the text. */
  readonly start?: number
  readonly end?: number
  /** XLSX sources: the row's cells as read. */
  readonly xlsx?: readonly XlsxSourceCell[]
}

/** Everything about the source but its rows and columns, which come from reading the table. */
export type SourceBasics = Omit<SourceInfo, 'columns' | 'rows'>

const YEAR = /\b(19|20)\d{2}\b/

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '')

/** A row that repeats a header row (the source document's page headers). */
function repeatsHeader(cells: readonly string[], header: readonly string[], folded: readonly string[]): boolean {
  if (cells.length !== header.length) return false
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!
    const h = header[i]!
    // Compare lengths before folding: data rows differ from the header at once and folding is costly.
    if (c !== h && (Math.abs(c.length - h.length) > 8 || foldLoose(c) !== folded[i])) return false
  }
  return true
}

/** The required columns the header lacks. */
function missingRequired(columns: readonly (ColumnKey | null)[]): ColumnKey[] {
  return COLUMNS.filter((c) => c.required && !columns.includes(c.key)).map((c) => c.key)
}

/**
 * `head` is the first rows (at least HEADER_SEARCH_ROWS + 1 when the source has them), read
 * again by `records` from the start: a large file is walked once, one record at a time.
 */
export function buildReport(head: readonly SourceRecord[], records: Iterable<SourceRecord>, basics: SourceBasics, endsWithLineEnd: boolean): ParseResult {
  const header = findHeader(head.slice(0, HEADER_SEARCH_ROWS + 1).map((r) => r.cells))
  if (!header) return { ok: false, error: parseErrors.noHeader(head[0]?.line ?? 1) }
  const headerLine = head[header.index]!.line
  const missing = missingRequired(header.columns)
  if (missing.length > 0)
    return {
      ok: false,
      error: parseErrors.missingColumns(
        headerLine,
        missing.map((k) => columnDef(k).label),
      ),
    }

  const headerRows = head.slice(header.index, header.index + header.rows).map((r) => r.cells)
  const foldedHeaders = headerRows.map((cells) => cells.map(foldLoose))
  const width = header.columns.length
  const position = new Map<ColumnKey, number>()
  header.columns.forEach((key, i) => key && position.set(key, i))

  const titles: string[] = []
  const metas: Meta[] = []
  const rows: SourceRow[] = []
  const firstData = header.index + header.rows
  let r = -1
  for (const rec of records) {
    r++
    const cells = rec.cells
    const layout = r < firstData || isBlank(cells) || headerRows.some((h, i) => repeatsHeader(cells, h, foldedHeaders[i]!))
    if (r < header.index && !isBlank(cells))
      titles.push(
        cells
          .filter((c) => c.trim() !== '')
          .join(' ')
          .trim(),
      )
    let meta: number | null = null
    if (!layout) {
      meta = metas.length
      metas.push(toMeta(meta, rec, position, width))
    }
    rows.push(rec.xlsx ? { meta, line: rec.line, xlsx: rec.xlsx } : { meta, line: rec.line, start: rec.start!, end: rec.end! })
  }

  if (metas.length === 0) return { ok: false, error: parseErrors.noRows(headerLine) }
  const last = metas[metas.length - 1]!
  const lastCells = last.rawCells?.length ?? width
  // A last row short of cells with no line end after it: the file stops mid-row.
  if (!endsWithLineEnd && lastCells < width && rows[rows.length - 1]!.meta === last.id) {
    return { ok: false, error: parseErrors.cutRow(last.line, lastCells) }
  }

  const yearTitle = titles.find((t) => YEAR.test(t))
  const entity = titles[0] !== yearTitle ? (titles[0] ?? '') : ''
  const year = yearTitle ? Number(YEAR.exec(yearTitle)![0]) : null
  const title = titles.find((t) => t !== entity && t !== yearTitle) ?? ''
  const source: SourceInfo = { ...basics, columns: header.columns, rows }
  return { ok: true, report: { entity, year, title, metas, source } }
}

function toMeta(id: number, rec: SourceRecord, position: ReadonlyMap<ColumnKey, number>, width: number): Meta {
  const raw = rec.cells
  const cells = {} as Record<ColumnKey, string>
  for (const def of COLUMNS) {
    const at = position.get(def.key)
    cells[def.key] = at === undefined ? '' : (raw[at] ?? '')
  }
  // Extra empty cells at the end (spreadsheets pad rows) do not make a row the wrong shape.
  let wrongShape = raw.length < width
  for (let i = width; i < raw.length && !wrongShape; i++) wrongShape = raw[i]!.trim() !== ''
  return wrongShape ? { id, line: rec.line, cells: cells as Cells, rawCells: raw } : { id, line: rec.line, cells: cells as Cells }
}
