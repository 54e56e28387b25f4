/**
 * Rows of cells (from text or from a sheet) to a Report: title lines, page headers and blank rows
 * become layout; every other row after the header is a meta, whatever its shape.
 */
import { COLUMNS } from './columns'
import type { TableHeader } from './mapping/tableHeader'
import { reportPercentText } from './mapping/percentScale'
import { parseErrors } from './parseErrors'
import { foldLoose } from './textFold'
import type { Cells, ColumnKey, ExtraColumn, Meta, ParseResult, PercentScale, SourceInfo, SourceRow, XlsxSourceCell } from './types'

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

/**
 * `head` is the first rows (at least HEADER_SEARCH_ROWS + 1 when the source has them), read
 * again by `records` from the start: a large file is walked once, one record at a time. `header`
 * says where the table's header is and which column each position holds (see mapping/tableHeader.ts).
 */
export function buildReport(head: readonly SourceRecord[], records: Iterable<SourceRecord>, basics: SourceBasics, endsWithLineEnd: boolean, header: TableHeader): ParseResult {
  const builder = reportBuilder(head, header)
  for (const rec of records) builder.add(rec)
  return builder.finish(basics, endsWithLineEnd)
}

/** buildReport fed one record at a time, from the first: for a source read as it arrives (sourceReader.ts). */
export interface ReportBuilder {
  add(rec: SourceRecord): void
  finish(basics: SourceBasics, endsWithLineEnd: boolean): ParseResult
}

export function reportBuilder(head: readonly SourceRecord[], header: TableHeader): ReportBuilder {
  const headerLine = head[header.index]!.line
  const headerRows = head.slice(header.index, header.index + header.rows).map((r) => r.cells)
  const foldedHeaders = headerRows.map((cells) => cells.map(foldLoose))
  const width = header.columns.length
  const position = new Map<ColumnKey, number>()
  header.columns.forEach((key, i) => key && position.set(key, i))
  const extras = extraColumns(header)
  const reading: RowReading = { position, width, percentScale: header.percentScale, extras }

  const titles: string[] = []
  const metas: Meta[] = []
  const rows: SourceRow[] = []
  const firstData = header.index + header.rows
  let r = -1
  const add = (rec: SourceRecord): void => {
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
      metas.push(toMeta(meta, rec, reading))
    }
    rows.push(rec.xlsx ? { meta, line: rec.line, xlsx: rec.xlsx } : { meta, line: rec.line, start: rec.start!, end: rec.end! })
  }

  const finish = (basics: SourceBasics, endsWithLineEnd: boolean): ParseResult => {
    if (metas.length === 0) return { ok: false, error: parseErrors.noRows(headerLine, basics.sheetName) }
    // A mapped header over rows that hold nothing in its columns is the wrong header, not a report.
    if (header.mapping && metas.every((m) => [...position.keys()].every((key) => m.cells[key].trim() === ''))) {
      return { ok: false, error: parseErrors.rowsDontFit(headerLine, basics.sheetName) }
    }
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
    const source: SourceInfo = {
      ...basics,
      columns: header.columns,
      rows,
      ...(header.mapping ? { mapping: header.mapping } : {}),
      ...(extras.length > 0 ? { extraColumns: extras } : {}),
    }
    return { ok: true, report: { entity, year, title, metas, source } }
  }
  return { add, finish }
}

/** The file's positions the report does not know that have a header: kept and shown read-only. */
function extraColumns(header: TableHeader): ExtraColumn[] {
  return header.columns.flatMap((key, position) => {
    const text = header.labels[position]?.text ?? ''
    return key === null && text !== '' ? [{ position, header: text }] : []
  })
}

interface RowReading {
  readonly position: ReadonlyMap<ColumnKey, number>
  readonly width: number
  readonly percentScale: PercentScale
  readonly extras: readonly ExtraColumn[]
}

function toMeta(id: number, rec: SourceRecord, reading: RowReading): Meta {
  const { position, width, extras } = reading
  const raw = rec.cells
  const cells = {} as Record<ColumnKey, string>
  for (const def of COLUMNS) {
    const at = position.get(def.key)
    cells[def.key] = at === undefined ? '' : (raw[at] ?? '')
  }
  cells.percent = reportPercentText(cells.percent, reading.percentScale)
  // Extra empty cells at the end (spreadsheets pad rows) do not make a row the wrong shape, nor
  // do blank cells missing at a sheet row's end (a sheet has no row length).
  let wrongShape = !rec.xlsx && raw.length < width
  for (let i = width; i < raw.length && !wrongShape; i++) wrongShape = raw[i]!.trim() !== ''
  const meta: Meta = wrongShape ? { id, line: rec.line, cells: cells as Cells, rawCells: raw } : { id, line: rec.line, cells: cells as Cells }
  return extras.length > 0 ? { ...meta, extra: extras.map((e) => raw[e.position] ?? '') } : meta
}
