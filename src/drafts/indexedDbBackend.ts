import type { DraftsBackend } from './draftsBackend'
import type { DraftsDb } from './draftsDb'
import type { AcknowledgementRecord, CommentRecord, EditRecord, NewEditRecord, NewReviewLogRecord, ReviewLogRecord, ReviewRecord } from './records'
import { UNIT_TARGET } from './reviewLog'
import { materializeTargets, reviewStores } from './reviewStateStores'

/** The drafts of every workspace in the browser's IndexedDB. */
export class IndexedDbBackend implements DraftsBackend {
  readonly persistent = true

  constructor(private readonly db: DraftsDb) {}

  loadEdits(workspace: string, afterId: number): Promise<EditRecord[]> {
    return this.db.edits.where('[workspace+id]').between([workspace, afterId], [workspace, Infinity], false, true).toArray()
  }

  async loadEditsById(ids: readonly number[]): Promise<EditRecord[]> {
    return (await this.db.edits.bulkGet([...ids])).filter((r): r is EditRecord => r !== undefined)
  }

  appendEdits(workspace: string, records: readonly NewEditRecord[], afterId: number): Promise<EditRecord[]> {
    return this.db.transaction('rw', this.db.edits, async () => {
      // The table's auto-increment gives the id; the insert type omits it.
      await this.db.edits.bulkAdd(records as EditRecord[])
      return this.loadEdits(workspace, afterId)
    })
  }

  loadReviews(workspace: string): Promise<ReviewRecord[]> {
    return this.db.reviews.where('workspace').equals(workspace).toArray()
  }

  loadComments(workspace: string): Promise<CommentRecord[]> {
    return this.db.comments.where('workspace').equals(workspace).sortBy('id')
  }

  loadAcknowledgements(workspace: string): Promise<AcknowledgementRecord[]> {
    return this.db.acknowledgements.where('workspace').equals(workspace).toArray()
  }

  async appendReviewRecords(records: readonly NewReviewLogRecord[]): Promise<void> {
    await this.db.transaction('rw', reviewStores(this.db), async () => {
      await this.db.reviewLog.bulkAdd(records as ReviewLogRecord[])
      for (const workspace of new Set(records.map((r) => r.workspace)))
        await materializeTargets(
          this.db,
          workspace,
          records.filter((r) => r.workspace === workspace).map((r) => r.target),
        )
    })
  }

  loadUnsyncedReviews(workspace: string): Promise<ReviewLogRecord[]> {
    return this.db.reviewLog.where('[workspace+unsynced]').equals([workspace, 1]).toArray()
  }

  loadAssignments(workspace: string): Promise<ReviewLogRecord[]> {
    // The targets 'unit:<meta>' sort together in the [workspace+target] index: no new index needed.
    return this.db.reviewLog
      .where('[workspace+target]')
      .between([workspace, UNIT_TARGET], [workspace, `${UNIT_TARGET}\uffff`])
      .toArray()
  }

  loadReviewLog(workspace: string): Promise<ReviewLogRecord[]> {
    return this.db.reviewLog.where('workspace').equals(workspace).sortBy('id')
  }
}
