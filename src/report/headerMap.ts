/**
 * Finds the table's header among the first rows and maps each position to a column by its header
 * text, folded (accents, case, punctuation, spacing), never by position alone. The seed's header
 * spans two lines ("METAS DEL POA" over "No. DE META" and "DESCRIPCIÓN"); the lower line wins.
 */
import { COLUMNS } from './columns'
import { foldLoose } from './textFold'
import type { ColumnKey } from './types'

export interface HeaderMatch {
  /** Index of the header's first row among the rows searched. */
  readonly index: number
  /** 1 or 2 rows. */
  readonly rows: number
  readonly columns: readonly (ColumnKey | null)[]
  /** The keys matched, for deciding which delimiter reads the file best. */
  readonly matched: number
}

/** Rows searched for a header: title lines come first, so it must appear early. */
export const HEADER_SEARCH_ROWS = 200

/** With fewer columns recognised than this, a row is not taken as the header. */
const MIN_MATCHED = 6

const KEY_BY_HEADER = new Map<string, ColumnKey>()
for (const def of COLUMNS) {
  for (const h of def.headers) KEY_BY_HEADER.set(foldLoose(h), def.key)
  KEY_BY_HEADER.set(foldLoose(def.label.es), def.key)
  KEY_BY_HEADER.set(foldLoose(def.label.en), def.key)
}
/** A cell much longer than every header text is data: it is not folded, which keeps the search cheap. */
const MAX_HEADER_CELL = Math.max(...[...KEY_BY_HEADER.keys()].map((h) => h.length)) + 20

function keyOf(cell: string): ColumnKey | null {
  if (cell.length > MAX_HEADER_CELL || cell.trim() === '') return null
  return KEY_BY_HEADER.get(foldLoose(cell)) ?? null
}

/** Each position's key: the lower row's when it names a column, else the upper row's. */
function mapColumns(upper: readonly (ColumnKey | null)[], lower: readonly (ColumnKey | null)[] | null): (ColumnKey | null)[] {
  const width = Math.max(upper.length, lower?.length ?? 0)
  const seen = new Set<ColumnKey>()
  const columns: (ColumnKey | null)[] = []
  for (let i = 0; i < width; i++) {
    const key = lower?.[i] ?? upper[i] ?? null
    // A header named twice keeps its first position; the second is an unknown column.
    if (key && !seen.has(key)) {
      seen.add(key)
      columns.push(key)
    } else columns.push(null)
  }
  return columns
}

const countKeys = (columns: readonly (ColumnKey | null)[]): number => columns.filter((c) => c !== null).length

/** The best header among rows, or null when no row names enough of the report's columns. */
export function findHeader(rows: readonly (readonly string[])[]): HeaderMatch | null {
  let best: HeaderMatch | null = null
  const end = Math.min(rows.length, HEADER_SEARCH_ROWS)
  const keys = rows.slice(0, end + 1).map((row) => row.map(keyOf))
  for (let i = 0; i < end && best?.matched !== COLUMNS.length; i++) {
    const one = mapColumns(keys[i]!, null)
    const next = keys[i + 1]
    const two = next ? mapColumns(keys[i]!, next) : one
    const useTwo = countKeys(two) > countKeys(one)
    const columns = useTwo ? two : one
    const matched = countKeys(columns)
    if (matched >= MIN_MATCHED && (!best || matched > best.matched)) {
      best = { index: i, rows: useTwo ? 2 : 1, columns, matched }
    }
  }
  return best
}
