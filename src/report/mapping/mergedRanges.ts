/** XLSX merged ranges ("A7:A12") as numbers, and the sheet's text with group cells merged over rows filled down. */

/** 1-based rows and columns, inclusive. */
export interface CellRange {
  readonly top: number
  readonly left: number
  readonly bottom: number
  readonly right: number
}

function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

const ADDRESS = /^([A-Z]+)(\d+)$/

export function parseRange(range: string): CellRange | null {
  const [from, to = from] = range.toUpperCase().split(':')
  const a = ADDRESS.exec(from ?? '')
  const b = ADDRESS.exec(to ?? '')
  if (!a || !b) return null
  const [top, bottom] = [Number(a[2]), Number(b[2])].sort((x, y) => x - y) as [number, number]
  const [left, right] = [columnNumber(a[1]!), columnNumber(b[1]!)].sort((x, y) => x - y) as [number, number]
  return { top, left, bottom, right }
}

export function mergedRanges(merges: readonly string[]): CellRange[] {
  return merges.map(parseRange).filter((r): r is CellRange => r !== null)
}

/**
 * Rows' cell texts with each range merged over several rows filled down its first column: an
 * objective merged over its metas is every one of those metas' objective. Cells merged across
 * columns are left as they are (their value belongs to the first column only). `rows[i]` is sheet row i + 1.
 */
export function fillMergedDown(rows: string[][], merges: readonly string[]): void {
  for (const range of mergedRanges(merges)) {
    if (range.bottom === range.top) continue
    const value = rows[range.top - 1]?.[range.left - 1] ?? ''
    if (value === '') continue
    for (let r = range.top; r < range.bottom && r < rows.length; r++) {
      const row = rows[r]!
      while (row.length < range.left) row.push('')
      row[range.left - 1] = value
    }
  }
}
