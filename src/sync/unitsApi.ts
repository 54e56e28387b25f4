/**
 * The team API's units and people: the organisation's units (planning names and renames them), the
 * unit of an account, and the people every signed-in account may mention (no e-mail addresses).
 */
import type { Account, TeamMember } from '../report/team/account'
import type { Unit } from '../report/team/unit'
import { json, type Call, type Result } from './teamCall'

export type { TeamMember, Unit }

export interface UnitsApi {
  /** Every unit, by name. */
  listUnits(): Promise<Result<readonly Unit[]>>
  /** Planning only; refused (unit_name_taken, 409) when a unit has the name whatever its case. */
  createUnit(name: string): Promise<Result<Unit>>
  renameUnit(id: string, name: string): Promise<Result<Unit>>
  /** Planning only: the account's unit (null: none, refused for a secretaría account). */
  setAccountUnit(accountId: string, unit: string | null): Promise<Result<Account>>
  /** Everyone with an account, by name: whom a comment may mention. */
  listPeople(): Promise<Result<readonly TeamMember[]>>
}

const list =
  <T>(key: string) =>
  (body: Record<string, unknown>) =>
    Array.isArray(body[key]) ? (body[key] as T[]) : undefined

export function unitsApi(call: Call): UnitsApi {
  const unit = json<Unit>((b) => b['unit'])
  return {
    listUnits: () => call('GET', '/api/units', json<readonly Unit[]>(list('units'))),
    createUnit: (name) => call('POST', '/api/units', unit, { json: { name } }),
    renameUnit: (id, name) => call('PATCH', `/api/units/${encodeURIComponent(id)}`, unit, { json: { name } }),
    setAccountUnit: (id, unitId) =>
      call(
        'PATCH',
        `/api/accounts/${encodeURIComponent(id)}`,
        json<Account>((b) => b['account']),
        { json: { unit: unitId } },
      ),
    listPeople: () => call('GET', '/api/people', json<readonly TeamMember[]>(list('people'))),
  }
}
