/** Who signs in to the team server: the account as the API sends it, shared by server and browser. */
export const ROLES = ['planificacion', 'secretaria', 'consulta'] as const

export type Role = (typeof ROLES)[number]

export interface Account {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly role: Role
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
