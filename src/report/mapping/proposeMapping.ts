/**
 * The match proposed for each report column: the file column whose header names it best (folded
 * names and synonyms from the column table), weighed by whether its first rows hold the column's
 * kind of values (numbers, percentages, short or long text). Each file column is proposed once.
 */
import { COLUMNS, type ColumnDef } from '../columns'
import { parseNumber } from '../numbers'
import type { ColumnKey, PercentScale, SketchRow } from '../types'
import { nameScore, type HeaderLabel } from './headerText'
import { detectPercentScale } from './percentScale'

/** Rows under the header whose values are profiled. */
export const PROFILE_ROWS = 20

/** Below this a header does not name a column at all. */
const MIN_NAME = 0.3
/** Below this a pair is not proposed. */
const MIN_SCORE = 0.35

/** What the first rows hold in one file column. */
export interface ColumnProfile {
  readonly count: number
  /** Shares of the non-blank cells (0..1). */
  readonly numbers: number
  readonly integers: number
  readonly percentSigns: number
  readonly distinct: number
  readonly meanLength: number
}

export function profileColumn(texts: readonly string[]): ColumnProfile {
  const values = texts.map((t) => t.trim()).filter((t) => t !== '')
  const count = values.length
  if (count === 0) return { count, numbers: 0, integers: 0, percentSigns: 0, distinct: 0, meanLength: 0 }
  let numbers = 0
  let integers = 0
  let percentSigns = 0
  let length = 0
  for (const v of values) {
    const n = parseNumber(v)
    if (n.ok && n.value !== null) {
      numbers++
      if (Number.isInteger(n.value)) integers++
    }
    if (v.endsWith('%')) percentSigns++
    length += v.length
  }
  return { count, numbers: numbers / count, integers: integers / count, percentSigns: percentSigns / count, distinct: new Set(values).size / count, meanLength: length / count }
}

/** Long narratives are read apart from short texts by their length. */
const NARRATIVES = new Set<ColumnKey>(['result', 'contribution'])

/** How well a profile fits a column's type (1 fits, 0 contradicts; 0.5 when the column is empty). */
export function typeScore(def: ColumnDef, p: ColumnProfile): number {
  if (p.count === 0) return 0.5
  switch (def.type) {
    case 'integer':
      return p.integers
    case 'decimal':
      return p.numbers * (1 - p.percentSigns)
    case 'percent':
      return p.numbers === 0 ? 0 : Math.min(1, p.numbers * 0.8 + p.percentSigns * 0.2 + 0.1)
    case 'category':
      return (1 - p.numbers) * (p.distinct < 0.8 || p.count < 3 ? 1 : 0.7)
    case 'text': {
      const text = 1 - p.numbers
      if (NARRATIVES.has(def.key)) return text * (p.meanLength >= 40 ? 1 : 0.7)
      return text
    }
  }
}

/** The data rows under a header: non-blank rows after it, up to PROFILE_ROWS. */
export function dataRows(rows: readonly SketchRow[], headerIndex: number, headerRows: number): SketchRow[] {
  const out: SketchRow[] = []
  for (let i = headerIndex + headerRows; i < rows.length && out.length < PROFILE_ROWS; i++) {
    if (rows[i]!.cells.some((c) => c.trim() !== '')) out.push(rows[i]!)
  }
  return out
}

export interface ColumnProposal {
  readonly columns: Record<ColumnKey, number | null>
  readonly percentScale: PercentScale
}

export const NO_COLUMNS = (): Record<ColumnKey, number | null> => Object.fromEntries(COLUMNS.map((c) => [c.key, null])) as Record<ColumnKey, number | null>

/** Each report column's best file column (or null), each file column used once, best pairs first. */
export function proposeColumns(labels: readonly HeaderLabel[], data: readonly SketchRow[]): ColumnProposal {
  const profiles = labels.map((_, at) => profileColumn(data.map((r) => r.cells[at] ?? '')))
  const pairs: { key: ColumnKey; at: number; score: number }[] = []
  for (const def of COLUMNS) {
    labels.forEach((label, at) => {
      const name = nameScore(def, label)
      if (name < MIN_NAME) return
      const fit = typeScore(def, profiles[at]!)
      const score = (name * 0.75 + fit * 0.25) * (fit < 0.3 ? 0.5 : 1)
      if (score >= MIN_SCORE) pairs.push({ key: def.key, at, score })
    })
  }
  pairs.sort((a, b) => b.score - a.score || a.at - b.at)
  const columns = NO_COLUMNS()
  const taken = new Set<number>()
  for (const { key, at } of pairs) {
    if (columns[key] !== null || taken.has(at)) continue
    columns[key] = at
    taken.add(at)
  }
  const percentAt = columns.percent
  const percentScale = percentAt === null ? 'points' : detectPercentScale(data.map((r) => r.cells[percentAt] ?? ''))
  return { columns, percentScale }
}

/** How much of the report a header names: the sum of each column's best name score among its labels. */
export function headerNameScore(labels: readonly HeaderLabel[]): number {
  let total = 0
  for (const def of COLUMNS) {
    let best = 0
    for (const label of labels) best = Math.max(best, nameScore(def, label))
    if (best >= MIN_NAME) total += best
  }
  return total
}
