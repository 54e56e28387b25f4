import { isRole, type Account } from '../../report/team/account'
import { readPreference, writePreference } from '../browserPreference'

/**
 * Who last signed in on this browser, so a reload with the server out of reach reopens the reports
 * this browser holds with that account (the server checks the session again once it answers).
 * Only who it is is kept: never a password, and the session cookie is beyond the page's reach.
 */
const ACCOUNT_KEY = 'poa.teamAccount'
/** A sign-out that could not reach the server: its session is ended as soon as the server answers. */
const SIGN_OUT_KEY = 'poa.teamSignOutPending'

export function rememberAccount(account: Account | null): void {
  const { id, name, email, role } = account ?? {}
  writePreference(ACCOUNT_KEY, account ? JSON.stringify({ id, name, email, role }) : '')
}

export function rememberedAccount(): Account | null {
  let stored: unknown
  try {
    stored = JSON.parse(readPreference(ACCOUNT_KEY) || 'null')
  } catch {
    return null
  }
  if (typeof stored !== 'object' || stored === null) return null
  const { id, name, email, role } = stored as Record<string, unknown>
  return typeof id === 'string' && typeof name === 'string' && typeof email === 'string' && isRole(role) ? { id, name, email, role } : null
}

export function rememberSignOut(pending: boolean): void {
  writePreference(SIGN_OUT_KEY, pending ? 'yes' : '')
}

export function signOutPending(): boolean {
  return readPreference(SIGN_OUT_KEY) === 'yes'
}
