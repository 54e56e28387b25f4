/** The accounts table: who may sign in, with which role, and the unit a secretaría account belongs to. */
import { isRole, type Account, type Role } from '../../report/team/account'
import { sqlState, type Queryable } from '../db/database'
import { apiErrors } from '../http/apiError'
import { unitErrors } from '../units/unitErrors'
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords'

export interface NewAccount {
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly password: string
  /** The unit's id (the routes and the admin command require one for a secretaría: checkUnitForRole). */
  readonly unit?: string | null
}

export interface AccountRow {
  id: string
  email: string
  name: string
  role: string
  unit_id: string | null
  unit_name: string | null
}

/** An email address as accounts take it (spaces around it are trimmed away). */
export const EMAIL_PATTERN = '^\\s*[^@\\s]+@[^@\\s]+\\s*$'

/** An account's columns with its unit's, selected from ACCOUNTS. */
export const ACCOUNT_COLUMNS = 'a.id::text as id, a.email, a.name, a.role, u.id::text as unit_id, u.name as unit_name'
export const ACCOUNTS = 'accounts a left join units u on u.id = a.unit_id'

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function toAccount(row: AccountRow): Account {
  if (!isRole(row.role)) throw new Error(`account ${row.id} has an unknown role`)
  const unit = row.unit_id !== null && row.unit_name !== null ? { id: row.unit_id, name: row.unit_name } : null
  return { id: row.id, email: row.email, name: row.name, role: row.role, unit }
}

/** The account, or null when there is none with this id. */
export async function findAccount(db: Queryable, id: string): Promise<Account | null> {
  const [row] = await db.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from ${ACCOUNTS} where a.id = $1`, [id])
  return row ? toAccount(row) : null
}

const UNIQUE_VIOLATION = '23505'
const FOREIGN_KEY_VIOLATION = '23503'

export function checkPasswordStrength(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw apiErrors.weakPassword(MIN_PASSWORD_LENGTH)
}

export async function countAccounts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from accounts')
  return row?.count ?? 0
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  return (await db.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from ${ACCOUNTS} order by a.name, a.email`)).map(toAccount)
}

/**
 * Throws emailTaken (409) when the address already has an account, weakPassword (400) for a short
 * one, unknown (400) for a unit that does not exist.
 */
export async function createAccount(db: Queryable, account: NewAccount): Promise<Account> {
  checkPasswordStrength(account.password)
  const passwordHash = await hashPassword(account.password)
  try {
    const [row] = await db.query<{ id: string }>('insert into accounts (email, name, role, password_hash, unit_id) values ($1, $2, $3, $4, $5) returning id::text as id', [
      normalizeEmail(account.email),
      account.name.trim(),
      account.role,
      passwordHash,
      account.unit ?? null,
    ])
    return (await findAccount(db, row!.id))!
  } catch (e) {
    if (sqlState(e) === UNIQUE_VIOLATION) throw apiErrors.emailTaken()
    if (sqlState(e) === FOREIGN_KEY_VIOLATION) throw unitErrors.unknown()
    throw e
  }
}

/** Moves an account to a unit (null: none); null when there is no such account, unknown (400) for no such unit. */
export async function setAccountUnit(db: Queryable, accountId: string, unit: string | null): Promise<Account | null> {
  try {
    const [row] = await db.query<{ id: string }>('update accounts set unit_id = $2 where id = $1 returning id::text as id', [accountId, unit])
    return row ? findAccount(db, row.id) : null
  } catch (e) {
    if (sqlState(e) === FOREIGN_KEY_VIOLATION) throw unitErrors.unknown()
    throw e
  }
}

export async function findAccountWithHash(db: Queryable, email: string): Promise<{ account: Account; passwordHash: string } | null> {
  const [row] = await db.query<AccountRow & { password_hash: string }>(`select ${ACCOUNT_COLUMNS}, a.password_hash from ${ACCOUNTS} where a.email = $1`, [normalizeEmail(email)])
  return row ? { account: toAccount(row), passwordHash: row.password_hash } : null
}

/** Returns the account whose password was set, or null when there is no such account. */
export async function setPassword(db: Queryable, accountId: string, password: string): Promise<Account | null> {
  checkPasswordStrength(password)
  const passwordHash = await hashPassword(password)
  const [row] = await db.query<{ id: string }>('update accounts set password_hash = $2 where id = $1 returning id::text as id', [accountId, passwordHash])
  return row ? findAccount(db, row.id) : null
}
