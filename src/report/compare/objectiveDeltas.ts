/**
 * Mean fulfillment per objective in each report and its change: the dumbbell chart's rows. An
 * objective is the same on both sides when its folded text is, or else when its code is.
 */
import { statistics, type GroupSummary } from '../statistics'
import type { Meta } from '../types'

export interface ObjectiveDelta {
  /** Folded texts of the objective in A and B (one when both spell it alike): what the grid filters by. */
  readonly keys: readonly string[]
  readonly code: string | null
  /** B's spelling when B has the objective, else A's. */
  readonly label: string
  readonly shortName: string
  readonly meanA: number | null
  readonly meanB: number | null
  readonly countA: number
  readonly countB: number
  /** meanB − meanA in percentage points, when both exist. */
  readonly delta: number | null
}

/** In B's order of objectives, then the objectives only A has. */
export function objectiveDeltas(a: readonly Meta[], b: readonly Meta[]): ObjectiveDelta[] {
  const groupsA = statistics(a).byObjective
  const groupsB = statistics(b).byObjective
  const byKey = new Map(groupsA.map((g) => [g.key, g]))
  const used = new Set<GroupSummary>()
  // Same text first, for every objective; only then the same code, among the objectives left.
  const partners = groupsB.map((gb) => {
    const ga = byKey.get(gb.key)
    if (ga) used.add(ga)
    return ga
  })
  const rows: ObjectiveDelta[] = groupsB.map((gb, i) => {
    let ga = partners[i]
    if (!ga && gb.code !== null) {
      ga = groupsA.find((g) => g.code === gb.code && !used.has(g))
      if (ga) used.add(ga)
    }
    return row(ga, gb)
  })
  for (const ga of groupsA) if (!used.has(ga)) rows.push(row(ga, undefined))
  return rows
}

function row(ga: GroupSummary | undefined, gb: GroupSummary | undefined): ObjectiveDelta {
  const shown = (gb ?? ga)!
  const meanA = ga?.mean ?? null
  const meanB = gb?.mean ?? null
  return {
    keys: [...new Set([ga?.key, gb?.key].filter((k): k is string => k !== undefined))],
    code: shown.code,
    label: shown.label,
    shortName: shown.shortName,
    meanA,
    meanB,
    countA: ga?.count ?? 0,
    countB: gb?.count ?? 0,
    delta: meanA !== null && meanB !== null ? meanB - meanA : null,
  }
}
