/** What the matching worker is given: the cells matching reads of both reports, and how to match. */
import type { MatchFields, MatchMode } from '../../report/compare/matchMetas'
import type { Meta } from '../../report/types'

export interface MatchJob {
  readonly a: readonly MatchFields[]
  readonly b: readonly MatchFields[]
  readonly mode: MatchMode
}

/** Only the four cells matching reads cross to the worker: 100,000 metas' narratives stay here. */
export function matchFields(metas: readonly Meta[]): MatchFields[] {
  return metas.map(({ cells }) => ({ no: cells.no, description: cells.description, indicator: cells.indicator, objective: cells.objective }))
}
