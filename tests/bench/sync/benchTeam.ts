/** Who the sync bench's clients are: every tenth a planning account, the others secretarías of a unit in turn. */
import type { Role } from '../../../src/report/team/account'

/** Units the metas are assigned to: meta m is unit (m mod UNITS)'s. */
export const UNITS = 10

export function roleOf(client: number): { role: Role; unit: number | null } {
  return client % 10 === 0 ? { role: 'planificacion', unit: null } : { role: 'secretaria', unit: client % UNITS }
}

/** A meta of the unit (all metas when null), at random. */
export function metaOf(unit: number | null, metaCount: number): number {
  if (unit === null) return Math.floor(Math.random() * metaCount)
  const ofUnit = Math.ceil((metaCount - unit) / UNITS)
  return unit + UNITS * Math.floor(Math.random() * ofUnit)
}
