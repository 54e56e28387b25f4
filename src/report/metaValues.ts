/**
 * The numbers of a meta, parsed once and cached per meta object: the grid sorts and filters
 * 100,000 rows with them. An edited meta is a new object, so the cache never goes stale.
 */
import { columnDef, parseCell } from './columns'
import type { Meta } from './types'

export interface MetaValues {
  readonly no: number | null
  readonly planned: number | null
  readonly achieved: number | null
  /** Reported fulfillment in percentage points (140.6 for "140,60%"). */
  readonly percent: number | null
  /** achieved / planned × 100, or null when either is missing or planned is zero. */
  readonly computedPercent: number | null
}

const cache = new WeakMap<Meta, MetaValues>()

const NO = columnDef('no')
const PLANNED = columnDef('planned')
const ACHIEVED = columnDef('achieved')
const PERCENT = columnDef('percent')

function compute(meta: Meta): MetaValues {
  const num = (def: typeof NO): number | null => {
    const parsed = parseCell(def, meta.cells[def.key])
    return parsed.ok && typeof parsed.value === 'number' ? parsed.value : null
  }
  const planned = num(PLANNED)
  const achieved = num(ACHIEVED)
  return {
    no: num(NO),
    planned,
    achieved,
    percent: num(PERCENT),
    computedPercent: planned !== null && achieved !== null && planned !== 0 ? (achieved / planned) * 100 : null,
  }
}

export function metaValues(meta: Meta): MetaValues {
  let values = cache.get(meta)
  if (!values) {
    values = compute(meta)
    cache.set(meta, values)
  }
  return values
}
