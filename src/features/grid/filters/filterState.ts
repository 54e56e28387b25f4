/** Which view filters belong to which grid column (a column's filter button lights up when active). */
import type { FilterKey, ViewColumnKey, ViewSpec } from '../../../report/view/viewSpec'
import { activeFilters } from '../../../report/view/viewSpec'

export const FILTERS_OF_COLUMN: Partial<Record<ViewColumnKey, readonly FilterKey[]>> = {
  objective: ['objective'],
  competenceType: ['competenceType'],
  planned: ['planned'],
  achieved: ['achieved'],
  percent: ['percent', 'band'],
  findings: ['hasFindings', 'severity'],
  reviewStatus: ['reviewStatus'],
  unit: ['unit'],
}

export function filterIsActive(spec: ViewSpec, column: ViewColumnKey): boolean {
  const active = activeFilters(spec.filters)
  return (FILTERS_OF_COLUMN[column] ?? []).some((f) => active.includes(f))
}
