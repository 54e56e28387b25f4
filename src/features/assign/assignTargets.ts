import { facetGroups, facetKey } from '../../report/view/computeView'
import type { Report } from '../../report/types'

/** Which metas an assignment takes: every meta of one objective, the grid's selected rows, or the view's. */
export type AssignScope = 'objective' | 'selection' | 'view'

/** The report's objectives as the objective filter groups them (by facet key), in the report's order of first appearance. */
export function objectivesOf(report: Report): readonly { readonly key: string; readonly label: string; readonly count: number }[] {
  const groups = facetGroups(report, 'objective')
  const seen = new Set<string>()
  const out: { key: string; label: string; count: number }[] = []
  for (const m of report.metas) {
    const key = facetKey(m.cells.objective.trim())
    if (seen.has(key)) continue
    seen.add(key)
    const group = groups.get(key)
    if (group && group.label !== '') out.push({ key, label: group.label, count: group.total })
  }
  return out
}

/** The metas of the objective with this facet key, in report order. */
export function objectiveMetas(report: Report, key: string): number[] {
  return report.metas.filter((m) => facetKey(m.cells.objective.trim()) === key).map((m) => m.id)
}
