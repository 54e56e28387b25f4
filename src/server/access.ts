/**
 * Every role decision of the team server, in one place: handlers ask `allows(account, action)`
 * (or `assertAllowed`) and never look at a role themselves.
 */
import type { Account, Role } from '../report/team/account'
import { apiErrors } from './http/apiError'

export type Action = 'reports.read' | 'reports.share' | 'records.push' | 'review.approve' | 'accounts.manage'

const ROLES_ALLOWED: Readonly<Record<Action, readonly Role[]>> = {
  'reports.read': ['planificacion', 'secretaria', 'consulta'],
  'reports.share': ['planificacion'],
  'records.push': ['planificacion', 'secretaria'],
  'review.approve': ['planificacion'],
  'accounts.manage': ['planificacion'],
}

export function allows(account: Account | null, action: Action): boolean {
  return account !== null && ROLES_ALLOWED[action].includes(account.role)
}

/** Throws 401 with no account, 403 when the account's role may not do this. */
export function assertAllowed(account: Account | null, action: Action): asserts account is Account {
  if (account === null) throw apiErrors.signInRequired()
  if (!allows(account, action)) throw apiErrors.forbidden()
}
