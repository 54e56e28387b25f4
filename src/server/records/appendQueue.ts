/**
 * Pushes to one report through this instance take their turn in one queue: while one statement
 * runs, the pushes that arrive wait and then go together in the next (a group commit), so 50 people
 * editing cost a few statements a second, not one each. A push that finds the queue idle goes at once.
 */
import type { PushedRecord } from '../../report/team/teamRecord'
import type { Queryable } from '../db/database'
import { reportVersion, storePushes, type Author, type Push, type PushOutcome } from './recordLog'

/** Records in one statement at most (a push holds at most 1,000). */
const BATCH_RECORDS = 5000

interface Waiting {
  readonly push: Push
  resolve(outcome: PushOutcome | null): void
  reject(error: unknown): void
}

const queuesByDb = new WeakMap<Queryable, Map<string, Waiting[]>>()

/** Stores the records not stored yet, in the order given; null when the report does not exist. */
export async function appendRecords(db: Queryable, report: string, records: readonly PushedRecord[], author: Author): Promise<PushOutcome | null> {
  if (records.length === 0) {
    const version = await reportVersion(db, report)
    return version === null ? null : { version, accepted: [], stored: [] }
  }
  let queues = queuesByDb.get(db)
  if (!queues) queuesByDb.set(db, (queues = new Map()))
  const running = queues.get(report)
  return new Promise((resolve, reject) => {
    const waiting = { push: { records, author }, resolve, reject }
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
      const outcomes = await storePushes(
        db,
        report,
        batch.map((w) => w.push),
      )
      batch.forEach((w, i) => w.resolve(outcomes ? outcomes[i]! : null))
    } catch (error) {
      batch.forEach((w) => w.reject(error))
    }
  }
  queues.delete(report)
}
