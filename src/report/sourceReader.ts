/**
 * A report read as its bytes arrive (a download, a file being read): decoded and split into metas
 * chunk by chunk, so that once the last byte is in only the last lines are left to read. Only the
 * common case is read this way: UTF-8 TSV with the known header among its first rows. Anything else
 * (another encoding, a CSV, a mapping, a spreadsheet, a file too short or too large, bytes that are
 * not text) is parsed whole at the end by parseReportFile, so every file reads exactly as
 * parseReportFile reads it.
 */
import { joinChunks, memoryKeeper, type ByteKeeper } from './byteKeeper'
import { COLUMNS } from './columns'
import { BOM, looksBinary, SNIFF, startsWith, UTF16LE_BOM } from './decodeSource'
import { findHeader, HEADER_SEARCH_ROWS } from './headerMap'
import { reportBuilder, type ReportBuilder } from './buildReport'
import { resolveHeader } from './mapping/tableHeader'
import { isZip, lineEndOf, MAX_SOURCE_BYTES, parseReportFile, textBasics, type ParseOptions } from './parseReport'
import { plainRecords, splitRecords } from './splitRecords'
import type { ParseResult } from './types'

export interface SourceReader {
  /** The next bytes of the file. */
  push(chunk: Uint8Array): void
  /** The file's whole bytes, once every chunk was pushed. */
  bytes(): Promise<Uint8Array>
  /** Its report, or why it is none, once every chunk was pushed. */
  finish(): Promise<ParseResult>
}

/**
 * A chunk is decoded and read this many bytes at a time: a download's chunks reach 845 kB, and
 * Chromium decoded those whole at about 70 MB/s (bench grid at 100,000 metas: the file's first
 * byte → first rows went from 2.0–2.7× the plain decode and split to 1.7–1.9× with this slice).
 */
const DECODE_SLICE = 64 * 1024

export function sourceReader(fileName: string, options: ParseOptions = {}, keeper: ByteKeeper = memoryKeeper()): SourceReader {
  /** The first bytes (up to SNIFF), which tell binary from text. */
  const sniffed = new Uint8Array(SNIFF)
  let head = sniffed.subarray(0, 0)
  /** Chunks not yet handed to the keeper: those before the first four bytes are in. */
  let waiting: Uint8Array[] = []
  let size = 0
  // False once the file is seen to need the whole-file parse; chunks are then only kept.
  let streaming = options.mapping === undefined
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let bom: boolean | null = null
  /** Decoded text after the last line already read. */
  let rest = ''
  /**
   * Text of the lines already read, and their count. Appending keeps it a rope over the pieces the
   * cells are cut from: it is made one string only if the report is written back in its layout.
   */
  let read = ''
  let lines = 0
  /** Line ends decoded before the header is known. */
  let lineEnds = 0
  let builder: ReportBuilder | null = null
  let lineEnd: '\r\n' | '\n' = '\n'

  /** The first four bytes decide whether this can be a UTF-8 text file; the BOM, if any, is left out of the text. */
  const opening = (): Uint8Array | null => {
    if (isZip(head) || startsWith(head, UTF16LE_BOM)) {
      streaming = false
      return null
    }
    bom = startsWith(head, BOM)
    const first = joinChunks(waiting)
    return bom ? first.subarray(BOM.length) : first
  }

  /** Reads the complete lines in `rest` once `decoded` (its end) brought a line end; the header is looked for once its search rows are in. */
  const readLines = (decoded: string): void => {
    if (!decoded.includes('\n')) return
    if (!builder) {
      for (let at = decoded.indexOf('\n'); at >= 0; at = decoded.indexOf('\n', at + 1)) lineEnds++
      if (lineEnds <= HEADER_SEARCH_ROWS + 1 || !startBuilding()) return
    }
    const lastEnd = rest.lastIndexOf('\n')
    const piece = rest.slice(0, lastEnd + 1)
    rest = rest.slice(lastEnd + 1)
    for (const record of plainRecords(piece, '\t', { line: lines + 1, offset: read.length })) {
      builder!.add(record)
      lines++
    }
    read += piece
  }

  /** Streams on only if the first rows hold the known header, complete, split by tabs: what parseReport would read them as. */
  const startBuilding = (): boolean => {
    // More line ends than the search rows: those rows are complete.
    const head = splitRecords(rest, '\t', HEADER_SEARCH_ROWS + 1).records
    const match = findHeader(head.map((r) => r.cells))
    const header = match?.matched === COLUMNS.length ? resolveHeader(head, options, { delimiter: '\t' }) : null
    if (!header || 'code' in header) {
      streaming = false
      rest = ''
      return false
    }
    builder = reportBuilder(head, header)
    lineEnd = lineEndOf(rest)
    return true
  }

  const decode = (bytes: Uint8Array): void => {
    for (let at = 0; at < bytes.length && streaming; at += DECODE_SLICE) {
      let decoded: string
      try {
        decoded = decoder.decode(bytes.subarray(at, at + DECODE_SLICE), { stream: true })
      } catch {
        // Not UTF-8: Windows-1252 or a cut character, which the whole-file parse tells apart.
        streaming = false
        rest = ''
        return
      }
      rest += decoded
      readLines(decoded)
    }
  }

  const handOver = (): void => {
    for (const chunk of waiting) keeper.keep(chunk)
    waiting = []
  }

  const push = (chunk: Uint8Array): void => {
    size += chunk.length
    if (head.length < SNIFF) {
      const more = chunk.subarray(0, SNIFF - head.length)
      sniffed.set(more, head.length)
      head = sniffed.subarray(0, head.length + more.length)
    }
    waiting.push(chunk)
    if (streaming) {
      // Larger files are refused whole by parseReportFile; streaming them would only hold them longer.
      if (size > (options.maxBytes ?? MAX_SOURCE_BYTES)) streaming = false
      else if (bom !== null) decode(chunk)
      else if (size < 4) return
      else {
        const text = opening()
        if (text) decode(text)
      }
    }
    handOver()
  }

  const finish = async (): Promise<ParseResult> => {
    handOver()
    const streamed = streaming && looksBinary(head) < 0 ? finishStream() : null
    return streamed ?? parseReportFile(await keeper.bytes(), fileName, options)
  }

  /** The last lines, once the decoder has its last bytes; null when the file turns out to need the whole-file parse. */
  const finishStream = (): ParseResult | null => {
    if (!builder) return null
    try {
      rest += decoder.decode()
    } catch {
      return null
    }
    for (const record of plainRecords(rest, '\t', { line: lines + 1, offset: read.length })) builder.add(record)
    // Asked of the pieces, not of the whole text: that would make the rope one string.
    const endsWithLineEnd = rest === '' || rest.endsWith('\n')
    const text = read + rest
    return builder.finish(textBasics({ text, encoding: 'utf-8', bom: bom === true }, '\t', fileName, lineEnd), endsWithLineEnd)
  }

  return { push, bytes: () => keeper.bytes(), finish }
}
