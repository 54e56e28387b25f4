/** The units table: planning's list of the organisation's units, each name unique whatever its case. */
import type { Role } from '../../report/team/account'
import { unitName, type Unit, MAX_UNIT_NAME } from '../../report/team/unit'
import { sqlState, type Queryable } from '../db/database'
import { unitErrors } from './unitErrors'

/** The name as units compare it: two names that differ only in case are one unit. */
export function unitKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('es')
}

/** The name as stored, or the refusal of an empty or too long one. */
export function checkedUnitName(text: string): string {
  const name = unitName(text)
  if (name !== null) return name
  throw text.trim().length > MAX_UNIT_NAME ? unitErrors.longName() : unitErrors.emptyName()
}

/** A secretaría account must belong to a unit, and only a secretaría account belongs to one. */
export function checkUnitForRole(role: Role, unit: string | null | undefined): void {
  if (role === 'secretaria' && !unit) throw unitErrors.required()
  if (role !== 'secretaria' && unit) throw unitErrors.onlySecretaria()
}

const UNIQUE_VIOLATION = '23505'

export async function listUnits(db: Queryable): Promise<Unit[]> {
  return db.query<Unit>('select id::text as id, name from units order by name_key, id')
}

export async function findUnitByName(db: Queryable, name: string): Promise<Unit | null> {
  const [row] = await db.query<Unit>('select id::text as id, name from units where name_key = $1', [unitKey(name)])
  return row ?? null
}

/** Throws nameTaken (409) when a unit has that name, whatever its case. */
export async function createUnit(db: Queryable, text: string): Promise<Unit> {
  const name = checkedUnitName(text)
  try {
    const [row] = await db.query<Unit>('insert into units (name, name_key) values ($1, $2) returning id::text as id, name', [name, unitKey(name)])
    return row!
  } catch (e) {
    if (sqlState(e) === UNIQUE_VIOLATION) throw unitErrors.nameTaken(name)
    throw e
  }
}

/** The renamed unit, or null when there is no such unit; throws nameTaken when another unit has the name. */
export async function renameUnit(db: Queryable, id: string, text: string): Promise<Unit | null> {
  const name = checkedUnitName(text)
  try {
    const [row] = await db.query<Unit>('update units set name = $2, name_key = $3 where id = $1 returning id::text as id, name', [id, name, unitKey(name)])
    return row ?? null
  } catch (e) {
    if (sqlState(e) === UNIQUE_VIOLATION) throw unitErrors.nameTaken(name)
    throw e
  }
}

/** The unit with this name, made when there is none (the admin command's --unit); `created` says which. */
export async function unitNamed(db: Queryable, text: string): Promise<{ unit: Unit; created: boolean }> {
  const name = checkedUnitName(text)
  const [made] = await db.query<Unit>('insert into units (name, name_key) values ($1, $2) on conflict (name_key) do nothing returning id::text as id, name', [name, unitKey(name)])
  if (made) return { unit: made, created: true }
  return { unit: (await findUnitByName(db, name))!, created: false }
}
