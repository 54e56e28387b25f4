/**
 * Sign-in attempts and their throttling, both in the audit table, so every instance counts the same
 * attempts. An attempt is written before its password is checked (parallel guesses all count): after
 * ACCOUNT_LIMIT failures for one account (since its last success) or ADDRESS_LIMIT failures from one
 * address within the window, attempts are refused until the oldest failure leaves the window.
 */
import type { Account } from '../../report/team/account'
import type { Queryable } from '../db/database'

const WINDOW_SECONDS = 15 * 60
export const ACCOUNT_LIMIT = 5
export const ADDRESS_LIMIT = 20

interface Failures {
  failures: number
  wait: number | null
}

async function failuresBefore(db: Queryable, attemptId: number, email: string, address: string): Promise<{ byAccount: Failures; byAddress: Failures }> {
  const window = `action = 'sign-in' and not success and id <> $1 and at > now() - $2::int * interval '1 second'`
  const count = `count(*)::int as failures, extract(epoch from min(at) + $2::int * interval '1 second' - now())::float8 as wait`
  const [byAccount] = await db.query<Failures>(
    `select ${count} from audit where ${window} and email = $3
        and at > coalesce((select max(at) from audit where action = 'sign-in' and success and email = $3), '-infinity')`,
    [attemptId, WINDOW_SECONDS, email],
  )
  const [byAddress] = await db.query<Failures>(`select ${count} from audit where ${window} and address = $3`, [attemptId, WINDOW_SECONDS, address])
  return { byAccount: byAccount!, byAddress: byAddress! }
}

/** Records the attempt; returns its id, and the seconds to wait when it is refused (then recorded as throttled). */
export async function beginSignInAttempt(db: Queryable, email: string, address: string): Promise<{ attemptId: number; wait: number | null }> {
  const [attempt] = await db.query<{ id: number }>(`insert into audit (action, success, email, address) values ('sign-in', false, $1, $2) returning id`, [email, address])
  const attemptId = attempt!.id
  const { byAccount, byAddress } = await failuresBefore(db, attemptId, email, address)
  const over = byAccount.failures >= ACCOUNT_LIMIT ? byAccount : byAddress.failures >= ADDRESS_LIMIT ? byAddress : null
  if (over === null) return { attemptId, wait: null }
  await db.query(`update audit set action = 'sign-in.throttled' where id = $1`, [attemptId])
  return { attemptId, wait: over.wait ?? WINDOW_SECONDS }
}

/** Marks the attempt a success (with its account) or leaves it a failure. */
export async function finishSignInAttempt(db: Queryable, attemptId: number, account: Account | null): Promise<void> {
  if (account) await db.query('update audit set success = true, actor_id = $2 where id = $1', [attemptId, account.id])
}
