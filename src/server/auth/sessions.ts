/**
 * Sessions live in the database, so every server instance accepts them. The cookie carries a random
 * token; the table keeps only its SHA-256. A session lasts 30 days from its last renewal, renewed at
 * most once a day while it is used.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Account } from '../../report/team/account'
import type { Queryable } from '../db/database'
import { ACCOUNT_COLUMNS, ACCOUNTS, toAccount, type AccountRow } from './accounts'

export const SESSION_COOKIE = 'poa_session'
export const SESSION_SECONDS = 30 * 24 * 60 * 60
const RENEW_AFTER_SECONDS = 24 * 60 * 60

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function startSession(db: Queryable, accountId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  // The account's expired sessions go on the way, so the table holds no more than live ones and a few.
  await db.query('delete from sessions where account_id = $1 and expires_at < now()', [accountId])
  await db.query(`insert into sessions (token_hash, account_id, expires_at) values ($1, $2, now() + $3::int * interval '1 second')`, [tokenHash(token), accountId, SESSION_SECONDS])
  return token
}

/** The session's account, or null when the token is unknown or expired; `renewed` when its expiry moved. */
export async function resumeSession(db: Queryable, token: string): Promise<{ account: Account; renewed: boolean } | null> {
  const [row] = await db.query<AccountRow & { stale: boolean }>(
    `select ${ACCOUNT_COLUMNS}, s.expires_at < now() + ($2::int - $3::int) * interval '1 second' as stale
       from sessions s join ${ACCOUNTS} on a.id = s.account_id
      where s.token_hash = $1 and s.expires_at > now()`,
    [tokenHash(token), SESSION_SECONDS, RENEW_AFTER_SECONDS],
  )
  if (!row) return null
  if (row.stale) {
    await db.query(`update sessions set expires_at = now() + $2::int * interval '1 second' where token_hash = $1`, [tokenHash(token), SESSION_SECONDS])
  }
  return { account: toAccount(row), renewed: row.stale }
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash(token)])
}

/** Ends every session of an account but `keep` (its password was reset), and sweeps expired ones on the way. */
export async function endSessionsOf(db: Queryable, accountId: string, keep: string | undefined): Promise<void> {
  await db.query('delete from sessions where (account_id = $1 and token_hash <> $2) or expires_at < now()', [accountId, keep ? tokenHash(keep) : ''])
}
