/** What a view reads beside the report (findings, bands, review status), given by whoever shows it. */
import type { Meta } from '../types'

/** A meta's findings, as the findings checker reports them. */
export interface FindingSummary {
  readonly count: number
  /** Severity ids present on the meta. */
  readonly severities: readonly string[]
  /** Rank of the worst severity (higher is worse), for sorting. */
  readonly worstRank: number
}

/** What the view needs to know beyond the report itself (all optional: absent means "unknown"). */
export interface ViewContext {
  /** Findings by meta id; a meta absent from the map has none. */
  readonly findings?: ReadonlyMap<number, FindingSummary>
  /** Fulfillment band id of a meta, or null when it has no percentage. */
  readonly band?: (meta: Meta) => string | null
  /** Review status id of a meta. */
  readonly reviewStatus?: (metaId: number) => string
}
