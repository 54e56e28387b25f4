/**
 * Every role decision of the team server goes through here: handlers ask `allows(account, action)`
 * (or `assertAllowed`) and never look at a role themselves. The table is the domain's, shared with the app.
 */
import type { Account } from '../report/team/account'
import { allows, type Action } from '../report/team/access'
import { apiErrors } from './http/apiError'

/** Throws 401 with no account, 403 when the account's role may not do this. */
export function assertAllowed(account: Account | null, action: Action): asserts account is Account {
  if (account === null) throw apiErrors.signInRequired()
  if (!allows(account, action)) throw apiErrors.forbidden()
}
