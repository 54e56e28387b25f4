import type { Comparison } from '../../report/compare/compareReports'
import type { ComparisonRow } from '../../report/compare/comparisonRows'

/** A row's identity that survives a re-pairing (pair indices do not): its metas on each side. */
export function rowKey(row: ComparisonRow, comparison: Comparison): string {
  if (row.kind !== 'pair') return `${row.kind}:${row.meta}`
  const { a, b } = comparison.matching.pairs[row.pair]!
  return `pair:${a}:${b}`
}
