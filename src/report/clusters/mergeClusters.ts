/** Merging clusters: every meta that writes one of a cluster's members is written as the merged value. */
import type { CellEdit, ColumnKey, Report } from '../types'

export interface ClusterMerge {
  readonly members: readonly string[]
  /** The value the members become (the person may have edited it). */
  readonly into: string
}

/**
 * The edits of the merges, in meta order, for one undoable step. A merge into a blank value is
 * left out: merging never empties cells.
 */
export function mergeEdits(report: Report, column: ColumnKey, merges: readonly ClusterMerge[]): CellEdit[] {
  const into = new Map<string, string>()
  for (const merge of merges) {
    if (merge.into.trim() === '') continue
    for (const member of merge.members) into.set(member, merge.into)
  }
  const edits: CellEdit[] = []
  for (const meta of report.metas) {
    const text = meta.cells[column]
    const after = into.get(text)
    if (after !== undefined && after !== text) edits.push({ meta: meta.id, column, after })
  }
  return edits
}
