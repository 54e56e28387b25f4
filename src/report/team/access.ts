/**
 * Who may do what on the team server: one table, read by the server on every request and mirrored
 * by the app (which offers only what the account's role allows).
 */
import type { Account, Role } from './account'

export type Action = 'reports.read' | 'reports.share' | 'records.push' | 'review.approve' | 'accounts.manage' | 'units.manage' | 'metas.assign' | 'report.publish'

const ROLES_ALLOWED: Readonly<Record<Action, readonly Role[]>> = {
  'reports.read': ['planificacion', 'secretaria', 'consulta'],
  'reports.share': ['planificacion'],
  'records.push': ['planificacion', 'secretaria'],
  'review.approve': ['planificacion'],
  'accounts.manage': ['planificacion'],
  'units.manage': ['planificacion'],
  'metas.assign': ['planificacion'],
  // Publishing a round freezes the report; opening the next round is the same action.
  'report.publish': ['planificacion'],
}

export function allows(account: Account | null, action: Action): boolean {
  return account !== null && ROLES_ALLOWED[action].includes(account.role)
}
