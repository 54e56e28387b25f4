/**
 * How far the review cycle has come, unit by unit: how many metas each unit answers for, and how
 * many of them are ready for review, approved, or returned for correction. Folded from the units
 * per meta and the statuses per meta, so it follows the records as everything else does.
 */
import type { ReviewStatus } from '../reviewStatus'

export interface UnitProgress {
  /** The unit's id; null for the metas no unit answers for («Sin asignar»). */
  readonly unit: string | null
  readonly assigned: number
  /** «Lista para revisión»: the unit handed them over. */
  readonly ready: number
  readonly approved: number
  /** «Requiere corrección»: planning sent them back. */
  readonly returned: number
}

interface Counts {
  assigned: number
  ready: number
  approved: number
  returned: number
}

const COUNTED: Partial<Record<ReviewStatus, keyof Counts>> = { reviewed: 'ready', approved: 'approved', needsCorrection: 'returned' }

/**
 * One row per unit in `units` (those with no metas too), in that order, then the units the list
 * does not know yet that have metas, then «Sin asignar» when some meta has no unit.
 */
export function progressByUnit(metaCount: number, unitOf: ReadonlyMap<number, string>, statusOf: (meta: number) => ReviewStatus, units: readonly string[]): UnitProgress[] {
  const counts = new Map<string | null, Counts>(units.map((u) => [u, { assigned: 0, ready: 0, approved: 0, returned: 0 }]))
  for (let meta = 0; meta < metaCount; meta++) {
    const unit = unitOf.get(meta) ?? null
    let row = counts.get(unit)
    if (!row) {
      row = { assigned: 0, ready: 0, approved: 0, returned: 0 }
      counts.set(unit, row)
    }
    row.assigned++
    const counted = COUNTED[statusOf(meta)]
    if (counted) row[counted]++
  }
  const none = counts.get(null)
  counts.delete(null)
  const rows = [...counts].map(([unit, c]) => ({ unit, ...c }))
  return none ? [...rows, { unit: null, ...none }] : rows
}

/** Planning's own progress: of the metas handed over (ready, approved or returned), how many it has decided. */
export function planningProgress(rows: readonly UnitProgress[]): { readonly decided: number; readonly submitted: number } {
  let decided = 0
  let submitted = 0
  for (const r of rows) {
    decided += r.approved + r.returned
    submitted += r.ready + r.approved + r.returned
  }
  return { decided, submitted }
}
