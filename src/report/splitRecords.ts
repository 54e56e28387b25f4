/**
 * Text to records of cells, with where each record and cell sits in the text so that unedited rows
 * can be written back verbatim. TSV cells are taken as they are (the seed has cells that begin with a
 * quote but are not quoted); CSV follows RFC 4180: quoted cells may hold delimiters, quotes and line breaks.
 * Records are produced one at a time so that a 100,000-row file is never held twice in memory.
 */

export interface TextRecord {
  /** 1-based line where the record starts. */
  readonly line: number
  /** Cell texts, unquoted. */
  readonly cells: readonly string[]
  /** [start, end) of each raw cell in the text, flattened. */
  readonly spans: readonly number[]
  /** Offsets of the record in the text, without its line end. */
  readonly start: number
  readonly end: number
}

/** Where a quoted cell opens that never closes: the text is cut. Set once reading stops there. */
export interface ReadState {
  unterminatedAt?: { readonly line: number; readonly column: number }
}

export function readRecords(text: string, delimiter: string, state: ReadState): Iterable<TextRecord> {
  return delimiter === '\t' ? plainRecords(text, delimiter) : quotedRecords(text, delimiter, state)
}

/** The first `limit` records (all by default), and whether reading stopped at an unclosed quote. */
export function splitRecords(text: string, delimiter: string, limit = Infinity): { records: TextRecord[] } & ReadState {
  const state: ReadState = {}
  const records: TextRecord[] = []
  for (const record of readRecords(text, delimiter, state)) {
    if (records.length >= limit) break
    records.push(record)
  }
  return { records, ...state }
}

/** Where a piece of a larger text begins in it: its first line's number and its first character's offset. */
export interface TextOrigin {
  readonly line: number
  readonly offset: number
}

/** Delimited lines without quoting (TSV). `origin`: `text` is a piece of a larger text, whose lines and offsets the records give. */
export function* plainRecords(text: string, delimiter: string, origin: TextOrigin = { line: 1, offset: 0 }): Generator<TextRecord> {
  const base = origin.offset
  let start = 0
  let line = origin.line
  // The next delimiter at or after the current cell, found once and reused across lines so that
  // lines without delimiters do not make the scan quadratic.
  let nextDelim = -1
  const findDelim = (from: number): number => {
    const at = text.indexOf(delimiter, from)
    return at < 0 ? text.length + 1 : at
  }
  while (start < text.length) {
    let next = text.indexOf('\n', start)
    if (next < 0) next = text.length
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next
    const cells: string[] = []
    const spans: number[] = []
    let cellStart = start
    for (;;) {
      if (nextDelim < cellStart) nextDelim = findDelim(cellStart)
      const cellEnd = nextDelim > end ? end : nextDelim
      cells.push(text.slice(cellStart, cellEnd))
      spans.push(base + cellStart, base + cellEnd)
      if (cellEnd === end) break
      cellStart = cellEnd + 1
    }
    yield { line, cells, spans, start: base + start, end: base + end }
    start = next + 1
    line++
  }
}

const QUOTE = 34
const LF = 10
const CR = 13

function* quotedRecords(text: string, delimiter: string, state: ReadState): Generator<TextRecord> {
  const delim = delimiter.charCodeAt(0)
  const n = text.length
  let pos = 0
  let line = 1
  while (pos < n) {
    const recordLine = line
    const start = pos
    const cells: string[] = []
    const spans: number[] = []
    let end = -1
    while (end < 0) {
      const cellStart = pos
      let value: string
      if (text.charCodeAt(pos) === QUOTE) {
        const parts: string[] = []
        let from = pos + 1
        for (;;) {
          const q = text.indexOf('"', from)
          if (q < 0) {
            state.unterminatedAt = { line: recordLine, column: cells.length + 1 }
            return
          }
          line += countLines(text, from, q)
          parts.push(text.slice(from, q))
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts.push('"')
            from = q + 2
          } else {
            pos = q + 1
            break
          }
        }
        // Text after the closing quote (malformed but seen in the wild) stays part of the cell.
        const tail = scanUnquoted(text, pos, delim)
        value = parts.join('') + text.slice(pos, tail)
        pos = tail
      } else {
        pos = scanUnquoted(text, pos, delim)
        value = text.slice(cellStart, pos)
      }
      const c = pos < n ? text.charCodeAt(pos) : -1
      const cellEnd = c === LF && pos > cellStart && text.charCodeAt(pos - 1) === CR ? pos - 1 : pos
      cells.push(cellEnd < pos ? value.slice(0, value.length - 1) : value)
      spans.push(cellStart, cellEnd)
      if (c === delim) pos++
      else {
        end = cellEnd
        if (c === LF) {
          pos++
          line++
        }
      }
    }
    yield { line: recordLine, cells, spans, start, end }
  }
}

/** Offset of the next delimiter or line feed from pos (or the end of the text). */
function scanUnquoted(text: string, pos: number, delim: number): number {
  const n = text.length
  while (pos < n) {
    const c = text.charCodeAt(pos)
    if (c === delim || c === LF) return pos
    pos++
  }
  return n
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) lines++
  return lines
}
