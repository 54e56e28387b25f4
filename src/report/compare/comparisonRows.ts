/**
 * The rows of a comparison as the grid lists them, filtered by kind of change and by objective:
 * pairs and metas only in B in B's order, each meta only in A after the pair of its predecessor.
 */
import { foldCategory, memoFold } from '../textFold'
import type { ColumnKey, Meta } from '../types'
import { columnBit, type Comparison } from './compareReports'
import { firstIndex } from './firstIndex'
import { HIGH_CONFIDENCE } from './matchMetas'

/** A row: a pair (its index in the matching's pairs), or a meta of one report without a partner. */
export type ComparisonRow = { readonly kind: 'pair'; readonly pair: number } | { readonly kind: 'onlyA'; readonly meta: number } | { readonly kind: 'onlyB'; readonly meta: number }

/** Groups of columns a user filters changes by; every column is in exactly one. */
export const CHANGE_GROUPS = {
  figures: ['planned', 'achieved', 'percent'],
  narratives: ['result', 'contribution'],
  goal: ['description', 'indicator'],
  placement: ['objective', 'competenceType', 'competence', 'no'],
} as const satisfies Record<string, readonly ColumnKey[]>

export type ChangeGroup = keyof typeof CHANGE_GROUPS

export const CHANGE_FILTERS = ['all', 'changed', 'unchanged', 'unsure', 'onlyA', 'onlyB', ...(Object.keys(CHANGE_GROUPS) as ChangeGroup[])] as const
export type ChangeFilter = (typeof CHANGE_FILTERS)[number]

const groupBits = (group: ChangeGroup) => CHANGE_GROUPS[group].reduce((bits, key) => bits | columnBit(key), 0)

/** Every row of the comparison, in reading order. */
export function comparisonRows(comparison: Comparison): ComparisonRow[] {
  const { pairs, onlyA, onlyB } = comparison.matching
  const keyed: { row: ComparisonRow; at: number; then: number }[] = []
  pairs.forEach((p, pair) => keyed.push({ row: { kind: 'pair', pair }, at: p.b, then: 0 }))
  for (const meta of onlyB) keyed.push({ row: { kind: 'onlyB', meta }, at: meta, then: 0 })
  // Each meta only in A goes after the pair whose A meta comes right before it (first if none does).
  const byA = pairs.slice().sort((x, y) => x.a - y.a)
  for (const meta of onlyA) {
    const low = firstIndex(byA.length, (i) => byA[i]!.a >= meta)
    keyed.push({ row: { kind: 'onlyA', meta }, at: low === 0 ? -1 : byA[low - 1]!.b, then: 1 + meta })
  }
  keyed.sort((x, y) => x.at - y.at || x.then - y.then)
  return keyed.map((k) => k.row)
}

export interface RowFilter {
  readonly change: ChangeFilter
  /** Folded objective keys (GroupSummary.key); null for every objective. */
  readonly objectives: ReadonlySet<string> | null
}

/** The rows a filter keeps. */
export function filterRows(rows: readonly ComparisonRow[], comparison: Comparison, a: readonly Meta[], b: readonly Meta[], filter: RowFilter): ComparisonRow[] {
  const fold = memoFold(foldCategory)
  const { objectives, change } = filter
  const inObjective = (meta: Meta | undefined) => meta !== undefined && objectives!.has(fold(meta.cells.objective))
  const bits = change in CHANGE_GROUPS ? groupBits(change as ChangeGroup) : 0
  return rows.filter((row) => {
    if (objectives) {
      const metaA = row.kind === 'pair' ? a[comparison.matching.pairs[row.pair]!.a] : row.kind === 'onlyA' ? a[row.meta] : undefined
      const metaB = row.kind === 'pair' ? b[comparison.matching.pairs[row.pair]!.b] : row.kind === 'onlyB' ? b[row.meta] : undefined
      if (!inObjective(metaA) && !inObjective(metaB)) return false
    }
    if (change === 'all') return true
    if (change === 'onlyA' || change === 'onlyB') return row.kind === change
    if (row.kind !== 'pair') return false
    const changed = comparison.changedColumns[row.pair]!
    if (change === 'changed') return changed !== 0
    if (change === 'unchanged') return changed === 0
    if (change === 'unsure') return comparison.matching.pairs[row.pair]!.confidence < HIGH_CONFIDENCE
    return (changed & bits) !== 0
  })
}
