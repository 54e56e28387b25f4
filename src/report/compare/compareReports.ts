/**
 * Two reports compared cell by cell over a matching: every changed cell of every pair (before,
 * after, and a number's delta), which columns each pair changed, and the summary counts.
 */
import { COLUMNS, isNumericColumn, parseCell, type ColumnDef } from '../columns'
import type { ColumnKey, Meta } from '../types'
import { firstIndex } from './firstIndex'
import { HIGH_CONFIDENCE, type Matching } from './matchMetas'

export interface CellChange {
  /** Index of the pair in the matching's pairs. */
  readonly pair: number
  readonly column: ColumnKey
  /** The cell's text in report A and in report B, as each report has it. */
  readonly before: string
  readonly after: string
  /** after − before when both are numbers (percentage points for a percentage), else null. */
  readonly delta: number | null
}

export interface ComparisonSummary {
  readonly matched: number
  /** Pairs with at least one changed cell. */
  readonly changed: number
  readonly unchanged: number
  readonly onlyA: number
  readonly onlyB: number
  readonly changedCells: number
  readonly changedCellsByColumn: Readonly<Record<ColumnKey, number>>
  /** Pairs matched with a confidence under HIGH_CONFIDENCE: worth a look. */
  readonly unsure: number
}

export interface Comparison {
  readonly matching: Matching
  /** In pair order, and in column order within a pair. */
  readonly changes: readonly CellChange[]
  /** Bit i set when the pair changed COLUMNS[i]. */
  readonly changedColumns: Uint16Array
  readonly summary: ComparisonSummary
}

/** A column's bit in Comparison.changedColumns. */
export function columnBit(key: ColumnKey): number {
  return 1 << COLUMNS.findIndex((c) => c.key === key)
}

/** A pair's changed cells, found by binary search (changes are in pair order): the grid asks for the few rows it shows. */
export function pairChanges(comparison: Comparison, pair: number): readonly CellChange[] {
  const { changes } = comparison
  const low = firstIndex(changes.length, (i) => changes[i]!.pair >= pair)
  let end = low
  while (end < changes.length && changes[end]!.pair === pair) end++
  return changes.slice(low, end)
}

function numberOf(def: ColumnDef, text: string): number | null | undefined {
  const parsed = parseCell(def, text)
  return parsed.ok && typeof parsed.value !== 'string' ? parsed.value : undefined
}

/** Rounded to a millionth, so 0,3 − 0,1 reads 0,2 and not 0,19999999999999998. */
const cleanDelta = (value: number) => Math.round(value * 1e6) / 1e6

/**
 * Whether a cell changed, and a number's delta. A number written another way ("3" and "3,00") is
 * the same number: unchanged. Any other text counts exactly, spaces and case included.
 */
export function cellDifference(def: ColumnDef, before: string, after: string): { readonly changed: boolean; readonly delta: number | null } {
  if (before === after) return { changed: false, delta: null }
  if (!isNumericColumn(def)) return { changed: true, delta: null }
  const x = numberOf(def, before)
  const y = numberOf(def, after)
  if (x === undefined || y === undefined) return { changed: true, delta: null }
  if (x === y) return { changed: false, delta: null }
  return { changed: true, delta: x !== null && y !== null ? cleanDelta(y - x) : null }
}

export function compareReports(a: readonly Meta[], b: readonly Meta[], matching: Matching): Comparison {
  const changes: CellChange[] = []
  const changedColumns = new Uint16Array(matching.pairs.length)
  const byColumn = Object.fromEntries(COLUMNS.map((c) => [c.key, 0])) as Record<ColumnKey, number>
  let changed = 0
  let unsure = 0
  matching.pairs.forEach((pair, index) => {
    const before = a[pair.a]!.cells
    const after = b[pair.b]!.cells
    let bits = 0
    COLUMNS.forEach((def, bit) => {
      const difference = cellDifference(def, before[def.key], after[def.key])
      if (!difference.changed) return
      bits |= 1 << bit
      byColumn[def.key]++
      changes.push({ pair: index, column: def.key, before: before[def.key], after: after[def.key], delta: difference.delta })
    })
    changedColumns[index] = bits
    if (bits !== 0) changed++
    if (pair.confidence < HIGH_CONFIDENCE) unsure++
  })
  return {
    matching,
    changes,
    changedColumns,
    summary: {
      matched: matching.pairs.length,
      changed,
      unchanged: matching.pairs.length - changed,
      onlyA: matching.onlyA.length,
      onlyB: matching.onlyB.length,
      changedCells: changes.length,
      changedCellsByColumn: byColumn,
      unsure,
    },
  }
}
