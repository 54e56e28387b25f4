/** The audit table: every sign-in (success and failure) and every administrative action. */
import type { Queryable } from '../db/database'

export type AuditAction =
  | 'sign-in'
  | 'sign-in.throttled'
  | 'sign-out'
  | 'setup'
  | 'account.create'
  | 'account.password'
  | 'account.unit'
  | 'unit.create'
  | 'unit.rename'
  | 'report.share'
  | 'report.publish'
  | 'report.round'

export interface AuditEntry {
  readonly action: AuditAction
  readonly success: boolean
  /** Who acted; null when nobody is signed in (a sign-in, the setup, the admin command). */
  readonly actorId: string | null
  /** The account concerned: the one signing in, created or reset. */
  readonly email: string | null
  /** The client's address, or "admin-command". */
  readonly address: string
  readonly detail?: Readonly<Record<string, string | number | boolean>>
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('insert into audit (action, success, actor_id, email, address, detail) values ($1, $2, $3, $4, $5, $6)', [
    entry.action,
    entry.success,
    entry.actorId,
    entry.email,
    entry.address,
    JSON.stringify(entry.detail ?? {}),
  ])
}
