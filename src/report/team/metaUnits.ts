/**
 * The unit responsible for each meta, as the view shows, filters and sorts it: the assignments
 * folded from the report's records (unit id per meta index) read with the organisation's units.
 */
import { compareText } from '../textFold'
import type { Unit } from './unit'

/** The filter value of the metas no unit is responsible for («Sin asignar»). */
export const NO_UNIT = '-'

export interface MetaUnits {
  /** The organisation's units, by name in Spanish order. */
  readonly list: readonly Unit[]
  /** A unit's name by its id, null for a unit not known (yet). */
  readonly unitName: (id: string) => string | null
  /** The id of the meta's unit, null when it is no unit's. */
  readonly idOf: (meta: number) => string | null
  /** The unit's name, null when the meta is no unit's (or its unit is not among the known units yet). */
  readonly nameOf: (meta: number) => string | null
  /** Where the unit's name sorts in Spanish order; NaN (sorted last) when the meta is no unit's. */
  readonly rankOf: (meta: number) => number
  /** The filter value of the meta: its unit's id, or NO_UNIT. */
  readonly keyOf: (meta: number) => string
}

export function metaUnits(assigned: ReadonlyMap<number, string>, units: readonly Unit[]): MetaUnits {
  const sorted = [...units].sort((a, b) => compareText(a.name, b.name))
  const byId = new Map(sorted.map((u, rank) => [u.id, { name: u.name, rank }]))
  const idOf = (meta: number) => assigned.get(meta) ?? null
  return {
    list: sorted,
    unitName: (id) => byId.get(id)?.name ?? null,
    idOf,
    nameOf: (meta) => byId.get(assigned.get(meta) ?? '')?.name ?? null,
    // A unit not known yet sorts after the known ones, before the metas of no unit.
    rankOf: (meta) => {
      const id = idOf(meta)
      return id === null ? Number.NaN : (byId.get(id)?.rank ?? sorted.length)
    },
    keyOf: (meta) => idOf(meta) ?? NO_UNIT,
  }
}
