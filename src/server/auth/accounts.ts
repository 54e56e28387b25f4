/** The accounts table: who may sign in, with which role. */
import { isRole, type Account, type Role } from '../../report/team/account'
import { sqlState, type Queryable } from '../db/database'
import { apiErrors } from '../http/apiError'
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords'

export interface NewAccount {
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly password: string
}

interface AccountRow {
  id: string
  email: string
  name: string
  role: string
}

/** An email address as accounts take it (spaces around it are trimmed away). */
export const EMAIL_PATTERN = '^\\s*[^@\\s]+@[^@\\s]+\\s*$'

export const ACCOUNT_COLUMNS = 'id, email, name, role'

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function toAccount(row: AccountRow): Account {
  if (!isRole(row.role)) throw new Error(`account ${row.id} has an unknown role`)
  return { id: row.id, email: row.email, name: row.name, role: row.role }
}

export function checkPasswordStrength(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw apiErrors.weakPassword(MIN_PASSWORD_LENGTH)
}

export async function countAccounts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from accounts')
  return row?.count ?? 0
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  return (await db.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from accounts order by name, email`)).map(toAccount)
}

/** Throws emailTaken (409) when the address already has an account, weakPassword (400) for a short one. */
export async function createAccount(db: Queryable, account: NewAccount): Promise<Account> {
  checkPasswordStrength(account.password)
  const passwordHash = await hashPassword(account.password)
  try {
    const [row] = await db.query<AccountRow>(`insert into accounts (email, name, role, password_hash) values ($1, $2, $3, $4) returning ${ACCOUNT_COLUMNS}`, [
      normalizeEmail(account.email),
      account.name.trim(),
      account.role,
      passwordHash,
    ])
    return toAccount(row!)
  } catch (e) {
    if (sqlState(e) === '23505') throw apiErrors.emailTaken()
    throw e
  }
}

export async function findAccountWithHash(db: Queryable, email: string): Promise<{ account: Account; passwordHash: string } | null> {
  const [row] = await db.query<AccountRow & { password_hash: string }>(`select ${ACCOUNT_COLUMNS}, password_hash from accounts where email = $1`, [normalizeEmail(email)])
  return row ? { account: toAccount(row), passwordHash: row.password_hash } : null
}

/** Returns the account whose password was set, or null when there is no such account. */
export async function setPassword(db: Queryable, accountId: string, password: string): Promise<Account | null> {
  checkPasswordStrength(password)
  const passwordHash = await hashPassword(password)
  const [row] = await db.query<AccountRow>(`update accounts set password_hash = $2 where id = $1 returning ${ACCOUNT_COLUMNS}`, [accountId, passwordHash])
  return row ? toAccount(row) : null
}
