/**
 * What a view knows about each meta beyond the report itself: its findings, fulfillment band and
 * review status (and, in team mode, its unit). Filters, sorting and the computed view columns read it.
 */
import type { Severity } from '../severities'
import type { MetaUnits } from '../team/metaUnits'
import type { Meta } from '../types'

/** A meta's findings, as the findings checker reports them. */
export interface FindingSummary {
  readonly count: number
  /** Severities present on the meta. */
  readonly severities: readonly Severity[]
  /** severityRank of the worst of them (higher is worse), for sorting. */
  readonly worstRank: number
}

/** All optional: absent means "unknown". */
export interface ViewContext {
  /** Findings by meta id; a meta absent from the map has none. */
  readonly findings?: ReadonlyMap<number, FindingSummary>
  /** Fulfillment band id of a meta, or null when it has no percentage. */
  readonly band?: (meta: Meta) => string | null
  /** Review status id of a meta. */
  readonly reviewStatus?: (metaId: number) => string
  /** Team mode only: the unit responsible for each meta. */
  readonly units?: MetaUnits
}
