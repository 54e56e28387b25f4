/** The team the end-to-end tests sign in as: one account per role, made with the admin command. */
import type { Role } from '../../../src/report/team/account'

export interface TeamAccount {
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly password: string
  /** A secretaría account's unit, by name (the admin command makes it). */
  readonly unit?: string
}

export const PLANNER: TeamAccount = { email: 'carmen.ruiz@quito.gob.ec', name: 'Carmen Ruiz', role: 'planificacion', password: 'clave-de-carmen-2026' }
export const SECRETARY: TeamAccount = { email: 'ana.perez@quito.gob.ec', name: 'Ana Pérez', role: 'secretaria', password: 'clave-de-ana-2026', unit: 'Secretaría de Salud' }
export const READER: TeamAccount = { email: 'luis.tapia@quito.gob.ec', name: 'Luis Tapia', role: 'consulta', password: 'clave-de-luis-2026' }

export const TEAM: readonly TeamAccount[] = [PLANNER, SECRETARY, READER]
