/**
 * A file's bytes to a Report, or a ParseError saying what is wrong and where; never an exception.
 * Text sources (TSV, CSV with ';' or ',') are read here; XLSX goes through parseReportFile.
 */
import { buildReport, type SourceBasics } from './buildReport'
import { COLUMNS } from './columns'
import { decodeSource, type DecodedSource } from './decodeSource'
import { findHeader, HEADER_SEARCH_ROWS } from './headerMap'
import { mappable, resolveHeader, SKETCH_ROWS, type HeaderOptions } from './mapping/tableHeader'
import { parseErrors } from './parseErrors'
import { readRecords, splitRecords, type ReadState, type TextRecord } from './splitRecords'
import type { ParseError, ParseResult, TableSketch } from './types'

export type { ParseError, ParseResult } from './types'

/** Larger files would not fit in a browser tab's memory as text plus cells. */
export const MAX_SOURCE_BYTES = 200 * 1024 * 1024

const DELIMITERS = ['\t', ';', ','] as const

export interface ParseOptions extends HeaderOptions {
  /** Overrides MAX_SOURCE_BYTES (tests use a small limit instead of allocating hundreds of MB). */
  readonly maxBytes?: number
}

const fail = (error: ParseError): ParseResult => ({ ok: false, error })

/** XLSX files are zip archives: "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The size check every source format shares. */
function checkSize(bytes: Uint8Array, options: ParseOptions = {}): ParseError | null {
  const max = options.maxBytes ?? MAX_SOURCE_BYTES
  if (bytes.length > max) {
    return parseErrors.tooLarge(bytes.length, max)
  }
  return null
}

/**
 * For a header the app does not know: the delimiter that splits the most of the first rows into
 * the same number of cells (a table's rows all have its width).
 */
function guessDelimiter(text: string): (typeof DELIMITERS)[number] {
  let best: { delimiter: (typeof DELIMITERS)[number]; rows: number } = { delimiter: '\t', rows: 0 }
  for (const delimiter of DELIMITERS) {
    const widths = new Map<number, number>()
    for (const record of splitRecords(text, delimiter, SKETCH_ROWS).records) {
      if (record.cells.length > 1) widths.set(record.cells.length, (widths.get(record.cells.length) ?? 0) + 1)
    }
    const rows = Math.max(0, ...widths.values())
    if (rows > best.rows) best = { delimiter, rows }
  }
  return best.delimiter
}

/** The text's first rows and row count, for mapping its columns by hand. */
function textSketch(text: string, delimiter: string, head: readonly TextRecord[]): TableSketch {
  let rowCount = 0
  for (const record of readRecords(text, delimiter, {})) if (record.cells.some((c) => c.trim() !== '')) rowCount++
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    delimiter,
    sheets: [{ name: '', rowCount, rows: head.slice(0, SKETCH_ROWS).map(({ line, cells }) => ({ line, cells })), merges: [] }],
  }
}

/** The delimiter whose reading of the first rows finds the best header; a complete header ends the search. */
function detectDelimiter(text: string): (typeof DELIMITERS)[number] | null {
  let best: { delimiter: (typeof DELIMITERS)[number]; matched: number } | null = null
  for (const delimiter of DELIMITERS) {
    const head = splitRecords(text, delimiter, HEADER_SEARCH_ROWS + 1).records
    const match = findHeader(head.map((r) => r.cells))
    if (match && (!best || match.matched > best.matched)) best = { delimiter, matched: match.matched }
    if (best?.matched === COLUMNS.length) break
  }
  return best?.delimiter ?? null
}

/** The line end a text is written with: its first one's. */
export function lineEndOf(text: string): '\r\n' | '\n' {
  const crlf = text.indexOf('\r\n')
  return crlf >= 0 && crlf + 1 === text.indexOf('\n') ? '\r\n' : '\n'
}

/** What a text source's report keeps about the text itself; `lineEnd` when already known from its first lines. */
export function textBasics(decoded: DecodedSource, delimiter: string, fileName: string | undefined, lineEnd = lineEndOf(decoded.text)): SourceBasics {
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    encoding: decoded.encoding,
    bom: decoded.bom,
    lineEnd,
    delimiter,
    ...(fileName === undefined ? {} : { fileName }),
    text: decoded.text,
  }
}

export function parseReport(bytes: Uint8Array, fileName?: string, options: ParseOptions = {}): ParseResult {
  const sizeError = checkSize(bytes, options)
  if (sizeError) return fail(sizeError)
  // A zip here is an XLSX handed to the synchronous parser, which reads text only.
  if (isZip(bytes)) {
    return fail(parseErrors.xlsxNeedsFileParser())
  }
  const decoded = decodeSource(bytes)
  if ('code' in decoded) return fail(decoded)
  const { text } = decoded
  if (text.trim() === '') return fail(parseErrors.empty())

  const delimiter = options.mapping?.delimiter ?? detectDelimiter(text) ?? guessDelimiter(text)
  const head = splitRecords(text, delimiter, HEADER_SEARCH_ROWS + 1).records
  const header = resolveHeader(head, options, { delimiter })
  if ('code' in header) return mappable(header) ? { ok: false, error: header, table: textSketch(text, delimiter, head) } : fail(header)
  const state: ReadState = {}
  const built = buildReport(head, readRecords(text, delimiter, state), textBasics(decoded, delimiter, fileName), text.endsWith('\n'), header)
  // A quoted cell left open means the file is cut: whatever was built from the rest is discarded.
  if (state.unterminatedAt) {
    const { line, column } = state.unterminatedAt
    return fail(parseErrors.unclosedQuote(line, column))
  }
  return built
}

/** Any supported file: XLSX (recognised by its zip signature) or text. */
export async function parseReportFile(bytes: Uint8Array, fileName?: string, options: ParseOptions = {}): Promise<ParseResult> {
  if (bytes.length === 0) return fail(parseErrors.empty())
  if (!isZip(bytes)) return parseReport(bytes, fileName, options)
  const sizeError = checkSize(bytes, options)
  if (sizeError) return fail(sizeError)
  // exceljs is large: loaded only when an XLSX is actually opened.
  const { parseXlsx } = await import('./parseXlsx')
  return parseXlsx(bytes, fileName, options)
}

export type SketchResult = { readonly ok: true; readonly table: TableSketch } | { readonly ok: false; readonly error: ParseError }

/** A file's first rows, sheet by sheet, to map its columns by hand: when its header is unknown, or on request. */
export async function sketchReportFile(bytes: Uint8Array, options: ParseOptions = {}): Promise<SketchResult> {
  if (bytes.length === 0) return { ok: false, error: parseErrors.empty() }
  const sizeError = checkSize(bytes, options)
  if (sizeError) return { ok: false, error: sizeError }
  if (isZip(bytes)) {
    const { sketchXlsx } = await import('./parseXlsx')
    return sketchXlsx(bytes)
  }
  const decoded = decodeSource(bytes)
  if ('code' in decoded) return { ok: false, error: decoded }
  if (decoded.text.trim() === '') return { ok: false, error: parseErrors.empty() }
  const delimiter = detectDelimiter(decoded.text) ?? guessDelimiter(decoded.text)
  return { ok: true, table: textSketch(decoded.text, delimiter, splitRecords(decoded.text, delimiter, SKETCH_ROWS).records) }
}
