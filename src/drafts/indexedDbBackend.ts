import type { DraftsBackend } from './draftsBackend'
import type { DraftsDb } from './draftsDb'
import type { AcknowledgementRecord, CommentRecord, EditRecord, NewEditRecord, ReviewRecord } from './records'

/** The drafts of every workspace in the browser's IndexedDB. */
export class IndexedDbBackend implements DraftsBackend {
  readonly persistent = true

  constructor(private readonly db: DraftsDb) {}

  loadEdits(workspace: string, afterId: number): Promise<EditRecord[]> {
    return this.db.edits.where('[workspace+id]').between([workspace, afterId], [workspace, Infinity], false, true).toArray()
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

  async putReview(review: ReviewRecord): Promise<void> {
    await this.db.reviews.put(review)
  }

  loadComments(workspace: string): Promise<CommentRecord[]> {
    return this.db.comments.where('workspace').equals(workspace).sortBy('id')
  }

  async addComment(comment: Omit<CommentRecord, 'id'>): Promise<void> {
    await this.db.comments.add(comment)
  }

  loadAcknowledgements(workspace: string): Promise<AcknowledgementRecord[]> {
    return this.db.acknowledgements.where('workspace').equals(workspace).toArray()
  }

  async putAcknowledgement(ack: AcknowledgementRecord): Promise<void> {
    await this.db.acknowledgements.put(ack)
  }

  async deleteAcknowledgement(workspace: string, meta: number, rule: string, column: string): Promise<void> {
    await this.db.acknowledgements.delete([workspace, meta, rule, column])
  }
}
