/**
 * Sorting a view: one number per meta and rule (NaN = no value, always last), ties in report
 * order. A single-column sort of a report's own values is computed once over the whole report
 * and reused, so re-sorting, flipping direction or changing filters does not sort again.
 */
import { metaValues, type MetaValues } from '../metaValues'
import { compareText } from '../textFold'
import type { Meta, Report } from '../types'
import { computedColumnDef, extraIndex, isComputedColumn, isExtraColumn, type ViewColumnKey } from '../viewColumns'
import { orderByKey } from './keyOrder'
import type { ViewContext } from './viewContext'
import type { SortRule } from './viewSpec'

const NUMERIC_KEYS = ['no', 'planned', 'achieved', 'percent'] as const satisfies readonly (keyof MetaValues & ViewColumnKey)[]
type NumericKey = (typeof NUMERIC_KEYS)[number]

function isNumericKey(column: ViewColumnKey): column is NumericKey {
  return (NUMERIC_KEYS as readonly string[]).includes(column)
}

/** Rank of each meta's text in Spanish collation, computed over distinct values only. */
function textRanks(metas: readonly Meta[], text: (m: Meta) => string): Float64Array {
  const distinct = [...new Set(metas.map(text))].sort(compareText)
  const rank = new Map<string, number>()
  distinct.forEach((value, i) => rank.set(value, i))
  return Float64Array.from(metas, (m) => rank.get(text(m)) ?? 0)
}

// Per metas array (an edit makes a new one): a numeric column's values, NaN where there is none.
const numericKeys = new WeakMap<readonly Meta[], Map<string, Float64Array>>()

function numericKey(metas: readonly Meta[], column: NumericKey): Float64Array {
  let byColumn = numericKeys.get(metas)
  if (!byColumn) numericKeys.set(metas, (byColumn = new Map()))
  let key = byColumn.get(column)
  if (!key) {
    key = new Float64Array(metas.length)
    for (let i = 0; i < metas.length; i++) key[i] = metaValues(metas[i])[column] ?? Number.NaN
    byColumn.set(column, key)
  }
  return key
}

// Numeric columns' keys and orders read nothing of the view's context.
const NO_CONTEXT: ViewContext = {}

/**
 * Works out the report's numeric columns as sort keys and their whole-report orders, one column
 * and direction per call from `from` (idle time after the rows are shown), so the first click on
 * one of their headers only shows the rows. Returns where to continue (SORT_WARM_STEPS when done).
 */
export function warmSortOrders(metas: readonly Meta[], from: number): number {
  const column = NUMERIC_KEYS[from >> 1]
  if (column !== undefined) wholeOrder(metas, { column, desc: from % 2 === 1 }, NO_CONTEXT)
  return from + 1
}
export const SORT_WARM_STEPS = NUMERIC_KEYS.length * 2

function sortKeys(metas: readonly Meta[], column: ViewColumnKey, context: ViewContext): Float64Array {
  if (isComputedColumn(column)) {
    const { sortKey } = computedColumnDef(column)
    return Float64Array.from(metas, (m) => sortKey(m, context))
  }
  if (isNumericKey(column)) return Float64Array.from(metas, (m) => metaValues(m)[column] ?? Number.NaN)
  if (isExtraColumn(column)) {
    const at = extraIndex(column)
    return textRanks(metas, (m) => (m.extra?.[at] ?? '').trim())
  }
  return textRanks(metas, (m) => m.cells[column].trim())
}

/** Positions 0..n-1 ordered by the rules' keys; NaN last whatever the direction; ties by position. */
function order(keys: readonly Float64Array[], rules: readonly SortRule[], n: number): Int32Array {
  if (keys.length === 1) return orderByKey(keys[0], rules[0].desc)
  const positions = Array.from({ length: n }, (_, i) => i)
  positions.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const x = keys[k][a]
      const y = keys[k][b]
      if (x === y) continue
      if (x !== x) {
        if (y !== y) continue
        return 1
      }
      if (y !== y) return -1
      return rules[k].desc ? y - x : x - y
    }
    return a - b
  })
  return Int32Array.from(positions)
}

// Whole-report orders by column and direction, per metas array (an edit makes a new array).
const reportOrders = new WeakMap<readonly Meta[], Map<string, Int32Array>>()

function wholeOrder(metas: readonly Meta[], rule: SortRule, context: ViewContext): Int32Array {
  let orders = reportOrders.get(metas)
  if (!orders) reportOrders.set(metas, (orders = new Map()))
  const key = `${rule.column}:${rule.desc}`
  let cached = orders.get(key)
  if (!cached) {
    const values = isNumericKey(rule.column) ? numericKey(metas, rule.column) : sortKeys(metas, rule.column, context)
    cached = order([values], [rule], metas.length)
    orders.set(key, cached)
  }
  return cached
}

/** `metas` (a subset of the report in report order) sorted by `rules`. */
export function sortMetas(report: Report, metas: readonly Meta[], rules: readonly SortRule[], context: ViewContext): readonly Meta[] {
  if (rules.length === 0) return metas
  const column = rules[0].column
  if (rules.length === 1 && !(isComputedColumn(column) && computedColumnDef(column).fromContext)) {
    const all = wholeOrder(report.metas, rules[0], context)
    const out: Meta[] = []
    if (metas.length === report.metas.length) {
      for (let i = 0; i < all.length; i++) out.push(report.metas[all[i]])
      return out
    }
    const included = new Uint8Array(report.metas.length)
    for (const m of metas) included[m.id] = 1
    for (let i = 0; i < all.length; i++) if (included[all[i]] === 1) out.push(report.metas[all[i]])
    return out
  }
  const keys = rules.map((r) => sortKeys(metas, r.column, context))
  return Array.from(order(keys, rules, metas.length), (i) => metas[i])
}
