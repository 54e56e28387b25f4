/**
 * A comparison as the rows its exports write (JSON, XLSX, the CLI): metas named by their number,
 * cells by their column key, texts as each report has them. Plain data, so it crosses to a worker.
 */
import { COLUMNS } from '../columns'
import { metaNumber } from '../metaNumber'
import type { Cells, ColumnKey, Meta } from '../types'
import type { Comparison, ComparisonSummary } from './compareReports'
import type { MatchMode, PairBasis } from './matchMetas'

/** One side of a comparison: what it is called and which report it holds. */
export interface ComparedReport {
  /** How the user knows it, e.g. the file name and "original". */
  readonly label: string
  readonly entity: string
  readonly year: number | null
  readonly metas: readonly Meta[]
}

export interface ReportHeading {
  readonly label: string
  readonly entity: string
  readonly year: number | null
  readonly metas: number
}

export interface ChangeRow {
  readonly metaA: number | string
  readonly metaB: number | string
  /** The goal's description in B, so a reader knows which goal the row is about. */
  readonly description: string
  readonly column: ColumnKey
  readonly before: string
  readonly after: string
  readonly delta: number | null
}

/** The cells an unmatched meta is shown with. */
export const UNMATCHED_COLUMNS = ['objective', 'description', 'indicator', 'planned', 'achieved', 'percent'] as const satisfies readonly ColumnKey[]

export interface UnmatchedRow {
  readonly side: 'a' | 'b'
  readonly meta: number | string
  readonly cells: Pick<Cells, (typeof UNMATCHED_COLUMNS)[number]>
}

export interface PairRow {
  readonly metaA: number | string
  readonly metaB: number | string
  readonly basis: PairBasis
  readonly confidence: number
  readonly changed: readonly ColumnKey[]
}

export interface ComparisonTables {
  readonly a: ReportHeading
  readonly b: ReportHeading
  readonly mode: MatchMode
  readonly summary: ComparisonSummary
  readonly changes: readonly ChangeRow[]
  /** Only in A, then only in B. */
  readonly unmatched: readonly UnmatchedRow[]
  readonly pairs: readonly PairRow[]
}

const heading = ({ label, entity, year, metas }: ComparedReport): ReportHeading => ({ label, entity, year, metas: metas.length })

function unmatched(side: 'a' | 'b', meta: Meta): UnmatchedRow {
  const cells = Object.fromEntries(UNMATCHED_COLUMNS.map((key) => [key, meta.cells[key]])) as UnmatchedRow['cells']
  return { side, meta: metaNumber(meta.cells.no), cells }
}

export function comparisonTables(comparison: Comparison, a: ComparedReport, b: ComparedReport): ComparisonTables {
  const { pairs, onlyA, onlyB } = comparison.matching
  const numberA = (id: number) => metaNumber(a.metas[id]!.cells.no)
  const numberB = (id: number) => metaNumber(b.metas[id]!.cells.no)
  return {
    a: heading(a),
    b: heading(b),
    mode: comparison.matching.mode,
    summary: comparison.summary,
    changes: comparison.changes.map((change) => {
      const pair = pairs[change.pair]!
      return {
        metaA: numberA(pair.a),
        metaB: numberB(pair.b),
        description: b.metas[pair.b]!.cells.description,
        column: change.column,
        before: change.before,
        after: change.after,
        delta: change.delta,
      }
    }),
    unmatched: [...onlyA.map((id) => unmatched('a', a.metas[id]!)), ...onlyB.map((id) => unmatched('b', b.metas[id]!))],
    pairs: pairs.map((pair, i) => ({
      metaA: numberA(pair.a),
      metaB: numberB(pair.b),
      basis: pair.basis,
      confidence: pair.confidence,
      changed: COLUMNS.filter((_, bit) => (comparison.changedColumns[i]! >> bit) & 1).map((c) => c.key),
    })),
  }
}
