/** Who signs in to the team server: the account as the API sends it, shared by server and browser. */
import type { Unit } from './unit'

export const ROLES = ['planificacion', 'secretaria', 'consulta'] as const

export type Role = (typeof ROLES)[number]

export interface Account {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly role: Role
  /** The unit a `secretaria` account belongs to (null or absent for the other roles). */
  readonly unit?: Unit | null
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** An account as every signed-in account may see it (the people list, for @mentions): no e-mail address. */
export interface TeamMember {
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly unit: Unit | null
}
