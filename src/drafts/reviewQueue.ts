import type { DraftsBackend } from './draftsBackend'
import type { NewReviewLogRecord, ReviewLogRecord } from './records'
import type { ReviewBook } from './reviewBook'
import { applyReviewOps, countReviewChanges, opRecord, readReviewBook, reviewOpTarget, writeReviewOps, type ReviewOp } from './reviewOps'
import type { WaitingTally } from './waitingTally'

/**
 * A tab's review changes: those not yet written (laid over what storage holds, or a read would
 * hide them) and, in team mode, those written but not yet acknowledged by the server.
 */
export class ReviewQueue {
  private ops: ReviewOp[] = []
  private unsynced: readonly ReviewLogRecord[] = []

  constructor(
    private readonly backend: DraftsBackend,
    private readonly workspace: string,
    private readonly team: boolean,
  ) {}

  get queued(): readonly ReviewOp[] {
    return this.ops
  }

  add(ops: readonly ReviewOp[]): void {
    this.ops.push(...ops)
  }

  /**
   * Writes every queued change in order, in one transaction (an assignment of hundreds of metas is
   * one write); returns whether any was written. Written changes are dropped at once, and a refused
   * write wrote none of them, so no change (a comment) is ever written twice.
   */
  async write(): Promise<boolean> {
    const ops = this.ops.slice()
    if (ops.length === 0) return false
    await writeReviewOps(this.backend, ops)
    this.ops = this.ops.slice(ops.length)
    await this.readUnsynced()
    return true
  }

  /** The review state as this tab shows it: storage's, with the changes not yet written over it. */
  async read(): Promise<ReviewBook> {
    const stored = await readReviewBook(this.backend, this.workspace)
    await this.readUnsynced()
    return applyReviewOps(stored, this.ops)
  }

  /**
   * Every review record: those stored, then the changes not yet written. The queue is read first:
   * a change written meanwhile is then in storage too, and counted once. Storage that cannot be
   * read leaves the changes of this page.
   */
  async log(): Promise<readonly NewReviewLogRecord[]> {
    const queued = this.ops.map(opRecord)
    const stored = await this.backend.loadReviewLog(this.workspace).catch((): ReviewLogRecord[] => [])
    const known = new Set(stored.map((r) => r.uid))
    return [...stored, ...queued.filter((r) => !known.has(r.uid))]
  }

  async readUnsynced(): Promise<void> {
    if (this.team) this.unsynced = await this.backend.loadUnsyncedReviews(this.workspace)
  }

  /** Changes a user would lose if this page closed now. */
  unsavedCount(): number {
    return countReviewChanges(this.ops)
  }

  /** Adds each change the server has not acknowledged (written here or not) under the account that made it. */
  tallyWaiting(tally: WaitingTally): void {
    for (const r of this.unsynced) tally.add(r.author, r.target)
    this.ops.forEach((op, index) => tally.add(op.account, reviewOpTarget(op, index)))
  }
}
