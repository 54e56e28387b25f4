/**
 * Every push is checked against whose turn each meta is before it is stored (checkTurn: a
 * secretaría changes only its unit's metas, each role makes only its own review steps, only planning
 * assigns): a group of pushes in the order they came, each against the turn the ones before it left,
 * skipping records already stored (a retry is accepted as before). The turn is the one stored now
 * (this instance keeps it and reads forward when the report's turn_version moved), and is confirmed
 * under the report's lock in the push statement: when another instance's push moved it in between,
 * nothing is stored and the pushes are checked again.
 */
import type { Account } from '../../report/team/account'
import type { RecordBatchError } from '../../report/team/recordErrors'
import type { PushedRecord, TeamRecord } from '../../report/team/teamRecord'
import { checkTurn, foldTurn, type TurnState } from '../../report/team/turnState'
import type { Queryable } from '../db/database'
import { storePushes, type PushOutcome } from './recordLog'
import { readTurn, storedUids, turnCache, unitIds, type Turn } from './turnLog'

export interface CheckedPush {
  readonly records: readonly PushedRecord[]
  readonly account: Account
}

/** How a person numbers the meta at an index (its "No." cell), for the refusals. */
export type MetaNo = (meta: number) => string

/** A push's outcome, or why it was refused (nothing of it stored). */
export type Verdict = PushOutcome | RecordBatchError

/** Each turn the statement found moved costs one more; another instance's pushes move it. */
const MAX_ATTEMPTS = 50
const NO_UNITS: ReadonlySet<string> = new Set()

function checkAll(state: TurnState, pushes: readonly CheckedPush[], stored: ReadonlySet<string>, units: ReadonlySet<string>, metaNo: MetaNo): (RecordBatchError | null)[] {
  const seen = new Set(stored)
  let turn = state
  return pushes.map(({ records, account }) => {
    const refusal = checkTurn(turn, account, records, { units, metaNo, stored: seen })
    if (refusal) return refusal
    const fresh = records.filter((record) => !seen.has(record.uid))
    for (const record of fresh) seen.add(record.uid)
    turn = foldTurn(fresh, turn)
    return null
  })
}

function advanced(turn: Turn, stored: readonly TeamRecord[], version: number): Turn {
  const changes = stored.filter((record) => record.kind === 'assign' || record.kind === 'review').sort((a, b) => a.version - b.version)
  return { state: foldTurn(changes, turn.state), version }
}

/** Stores the pushes that pass, in order; answers each one's verdict, or null when the report does not exist. */
export async function storeChecked(db: Queryable, report: string, pushes: readonly CheckedPush[], metaNo: MetaNo): Promise<Verdict[] | null> {
  const cache = turnCache(db)
  const uids = [...new Set(pushes.flatMap((push) => push.records.map((record) => record.uid)))]
  const assigns = pushes.some((push) => push.records.some((record) => record.kind === 'assign'))
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const [known, units] = await Promise.all([storedUids(db, report, uids), assigns ? unitIds(db) : Promise.resolve(NO_UNITS)])
    if (known.turnVersion === null) return null
    // A refusal is final: it is made on the turn as it stands now, never on an older one this instance kept.
    const kept = cache.get(report)
    const turn = kept?.version === known.turnVersion ? kept : await readTurn(db, report, kept)
    if (!turn) return null
    cache.set(report, turn)
    const refusals = checkAll(turn.state, pushes, known.stored, units, metaNo)
    const passing = pushes.filter((_, index) => refusals[index] === null)
    const answer =
      passing.length === 0
        ? { outcomes: [], turnVersion: turn.version }
        : await storePushes(
            db,
            report,
            passing.map(({ records, account }) => ({ records, author: { id: account.id, name: account.name } })),
            turn.version,
          )
    if (answer === null) return null
    if (answer === 'turnMoved') continue
    cache.set(
      report,
      advanced(
        turn,
        answer.outcomes.flatMap((outcome) => outcome.stored),
        answer.turnVersion,
      ),
    )
    const outcomes = [...answer.outcomes]
    return refusals.map((refusal) => refusal ?? outcomes.shift()!)
  }
  throw new Error(`the turn of report ${report} kept moving: ${MAX_ATTEMPTS} attempts`)
}
