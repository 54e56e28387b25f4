/**
 * A file's bytes to a Report, or a ParseError saying what is wrong and where; never an exception.
 * Text sources (TSV, CSV with ';' or ',') are read here; XLSX goes through parseReportFile.
 */
import { buildReport, type SourceBasics } from './buildReport'
import { COLUMNS } from './columns'
import { decodeSource } from './decodeSource'
import { findHeader, HEADER_SEARCH_ROWS } from './headerMap'
import { parseErrors } from './parseErrors'
import { readRecords, splitRecords, type ReadState } from './splitRecords'
import type { ParseError, ParseResult } from './types'

export type { ParseError, ParseResult } from './types'

/** Larger files would not fit in a browser tab's memory as text plus cells. */
const MAX_SOURCE_BYTES = 200 * 1024 * 1024

const DELIMITERS = ['\t', ';', ','] as const

export interface ParseOptions {
  /** Overrides MAX_SOURCE_BYTES (tests use a small limit instead of allocating hundreds of MB). */
  readonly maxBytes?: number
}

const fail = (error: ParseError): ParseResult => ({ ok: false, error })

/** XLSX files are zip archives: "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
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

  const delimiter = detectDelimiter(text)
  // Without a header in the first rows there is no report: answer before splitting a large file.
  if (!delimiter) return fail(parseErrors.noHeader(1))
  const crlf = text.indexOf('\r\n')
  const lf = text.indexOf('\n')
  const basics: SourceBasics = {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    encoding: decoded.encoding,
    bom: decoded.bom,
    lineEnd: crlf >= 0 && crlf + 1 === lf ? '\r\n' : '\n',
    delimiter,
    ...(fileName === undefined ? {} : { fileName }),
    text,
  }
  const state: ReadState = {}
  const head = splitRecords(text, delimiter, HEADER_SEARCH_ROWS + 1).records
  const built = buildReport(head, readRecords(text, delimiter, state), basics, text.endsWith('\n'))
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
  return parseXlsx(bytes, fileName)
}
