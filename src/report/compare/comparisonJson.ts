/**
 * A comparison as JSON, for the app's export and `npm run cli -- compare A B --json`: each changed
 * cell named by its meta's number in A (`meta`) and in B (`metaB`) and its column key, with the
 * texts before and after and a number's delta. JSON is data, not a spreadsheet: no formula guard.
 */
import type { ComparisonTables, UnmatchedRow } from './comparisonTables'

/** Confidence to three decimals: more says nothing to a reader. */
const rounded = (confidence: number) => Math.round(confidence * 1000) / 1000

const unmatchedJson = ({ meta, cells }: UnmatchedRow) => ({ meta, ...cells })

export function comparisonJsonValue(tables: ComparisonTables) {
  const { summary } = tables
  return {
    a: tables.a,
    b: tables.b,
    mode: tables.mode,
    summary: {
      matched: summary.matched,
      changed: summary.changed,
      unchanged: summary.unchanged,
      onlyInA: summary.onlyA,
      onlyInB: summary.onlyB,
      changedCells: summary.changedCells,
      unsure: summary.unsure,
    },
    changes: tables.changes.map(({ metaA, metaB, column, before, after, delta }) => ({ meta: metaA, metaB, column, before, after, delta })),
    onlyInA: tables.unmatched.filter((row) => row.side === 'a').map(unmatchedJson),
    onlyInB: tables.unmatched.filter((row) => row.side === 'b').map(unmatchedJson),
    pairs: tables.pairs.map(({ metaA, metaB, basis, confidence, changed }) => ({ a: metaA, b: metaB, basis, confidence: rounded(confidence), changed })),
  }
}

export function comparisonJson(tables: ComparisonTables): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(comparisonJsonValue(tables), null, 2)}\n`)
}
