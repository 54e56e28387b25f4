/**
 * Text to records of cells, keeping where each cell sits in the text so that unedited cells can be
 * written back verbatim. TSV cells are taken as they are (the seed has cells that begin with a quote
 * but are not quoted); CSV follows RFC 4180: quoted cells may hold delimiters, quotes and line breaks.
 */

export interface TextRecord {
  /** 1-based line where the record starts. */
  readonly line: number
  /** Cell texts, unquoted. */
  readonly cells: readonly string[]
  /** [start, end) of each raw cell in the text, flattened. */
  readonly spans: Int32Array
  /** Offset just past the record's last cell (before its line end). */
  readonly end: number
}

export interface SplitText {
  readonly records: TextRecord[]
  /** Where a quoted cell opens that never closes (the text is cut); records holds the rows before it. */
  readonly unterminatedAt?: { readonly line: number; readonly column: number }
}

/** Splits the whole text, or its first `limit` records. */
export function splitRecords(text: string, delimiter: string, limit = Infinity): SplitText {
  return delimiter === '\t' ? { records: splitPlain(text, delimiter, limit) } : splitQuoted(text, delimiter, limit)
}

function splitPlain(text: string, delimiter: string, limit: number): TextRecord[] {
  const records: TextRecord[] = []
  let start = 0
  let line = 1
  // The next delimiter at or after the current cell, found once and reused across lines so that
  // lines without delimiters do not make the scan quadratic.
  let nextDelim = -1
  const findDelim = (from: number): number => {
    const at = text.indexOf(delimiter, from)
    return at < 0 ? text.length + 1 : at
  }
  while (start < text.length && records.length < limit) {
    let next = text.indexOf('\n', start)
    if (next < 0) next = text.length
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next
    const cells: string[] = []
    const bounds: number[] = []
    let cellStart = start
    for (;;) {
      if (nextDelim < cellStart) nextDelim = findDelim(cellStart)
      const cellEnd = nextDelim > end ? end : nextDelim
      cells.push(text.slice(cellStart, cellEnd))
      bounds.push(cellStart, cellEnd)
      if (cellEnd === end) break
      cellStart = cellEnd + 1
    }
    records.push({ line, cells, spans: Int32Array.from(bounds), end })
    start = next + 1
    line++
  }
  return records
}

const QUOTE = 34
const LF = 10
const CR = 13

function splitQuoted(text: string, delimiter: string, limit: number): SplitText {
  const records: TextRecord[] = []
  const delim = delimiter.charCodeAt(0)
  const n = text.length
  let pos = 0
  let line = 1
  while (pos < n && records.length < limit) {
    const recordLine = line
    const cells: string[] = []
    const bounds: number[] = []
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
            return { records, unterminatedAt: { line: recordLine, column: cells.length + 1 } }
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
      bounds.push(cellStart, cellEnd)
      if (c === delim) pos++
      else {
        end = cellEnd
        if (c === LF) {
          pos++
          line++
        }
      }
    }
    records.push({ line: recordLine, cells, spans: Int32Array.from(bounds), end })
  }
  return { records }
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
