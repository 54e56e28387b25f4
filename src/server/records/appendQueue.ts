/**
 * Pushes to one report through this instance take their turn in one queue: while one statement
 * runs, the pushes that arrive wait and then go together in the next (a group commit), so 50 people
 * editing cost a few statements a second, not one each. A push that finds the queue idle goes at once.
 */
import type { Account } from '../../report/team/account'
import type { PushedRecord } from '../../report/team/teamRecord'
import type { Queryable } from '../db/database'
import { ApiError } from '../http/apiError'
import { reportVersion, type PushOutcome } from './recordLog'
import { storeChecked, type CheckedPush, type MetaNo } from './turnGuard'

/** Records in one statement at most (a push holds at most 1,000). */
const BATCH_RECORDS = 5000

interface Waiting {
  readonly push: CheckedPush
  readonly metaNo: MetaNo
  resolve(outcome: PushOutcome | null): void
  reject(error: unknown): void
}

const queuesByDb = new WeakMap<Queryable, Map<string, Waiting[]>>()

/**
 * Stores the records not stored yet, in the order given, if the account may push them on the
 * report's turn (turnGuard.ts); null when the report does not exist. A refusal is thrown as an
 * ApiError: 400 for an assignment to a unit that does not exist, 403 for the rest.
 */
export async function appendRecords(db: Queryable, report: string, records: readonly PushedRecord[], account: Account, metaNo: MetaNo): Promise<PushOutcome | null> {
  if (records.length === 0) {
    const version = await reportVersion(db, report)
    return version === null ? null : { version, accepted: [], stored: [] }
  }
  let queues = queuesByDb.get(db)
  if (!queues) queuesByDb.set(db, (queues = new Map()))
  const running = queues.get(report)
  return new Promise((resolve, reject) => {
    const waiting = { push: { records, account }, metaNo, resolve, reject }
    if (running) return void running.push(waiting)
    queues.set(report, [waiting])
    void drain(db, report, queues)
  })
}

/** How many waiting pushes the next statement takes: at least one, then while they fit. */
function batchLength(queue: readonly Waiting[]): number {
  let count = 1
  let size = queue[0]!.push.records.length
  while (count < queue.length && size + queue[count]!.push.records.length <= BATCH_RECORDS) size += queue[count++]!.push.records.length
  return count
}

async function drain(db: Queryable, report: string, queues: Map<string, Waiting[]>): Promise<void> {
  const queue = queues.get(report)!
  while (queue.length > 0) {
    const batch = queue.splice(0, batchLength(queue))
    try {
      const verdicts = await storeChecked(
        db,
        report,
        batch.map((w) => w.push),
        batch[0]!.metaNo,
      )
      batch.forEach((w, i) => {
        const verdict = verdicts ? verdicts[i]! : null
        if (verdict && 'code' in verdict) w.reject(new ApiError(verdict.code === 'unknownUnit' ? 400 : 403, verdict))
        else w.resolve(verdict)
      })
    } catch (error) {
      batch.forEach((w) => w.reject(error))
    }
  }
  queues.delete(report)
}
