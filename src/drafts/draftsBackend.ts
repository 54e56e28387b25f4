import type { AcknowledgementRecord, CommentRecord, EditRecord, NewEditRecord, ReviewRecord } from './records'

/** Where one workspace's drafts are kept: IndexedDB, or memory when IndexedDB cannot be used. */
export interface DraftsBackend {
  /** True when what is written survives a reload. */
  readonly persistent: boolean
  /** Every edit record of the workspace with an id above `afterId`, in id order. */
  loadEdits(workspace: string, afterId: number): Promise<EditRecord[]>
  /** Appends records in one transaction; returns every record above `afterId` (others' too) once written. */
  appendEdits(workspace: string, records: readonly NewEditRecord[], afterId: number): Promise<EditRecord[]>
  loadReviews(workspace: string): Promise<ReviewRecord[]>
  putReview(review: ReviewRecord): Promise<void>
  loadComments(workspace: string): Promise<CommentRecord[]>
  addComment(comment: Omit<CommentRecord, 'id'>): Promise<void>
  loadAcknowledgements(workspace: string): Promise<AcknowledgementRecord[]>
  putAcknowledgement(ack: AcknowledgementRecord): Promise<void>
  deleteAcknowledgement(workspace: string, meta: number, rule: string, column: string): Promise<void>
}

/** Keeps drafts for this page only: component tests, and the fallback when IndexedDB is unavailable. */
export class MemoryBackend implements DraftsBackend {
  readonly persistent = false
  private edits: EditRecord[] = []
  private reviews = new Map<string, ReviewRecord>()
  private comments: CommentRecord[] = []
  private acks = new Map<string, AcknowledgementRecord>()

  async loadEdits(workspace: string, afterId: number): Promise<EditRecord[]> {
    return this.edits.filter((r) => r.workspace === workspace && r.id > afterId)
  }

  async appendEdits(workspace: string, records: readonly NewEditRecord[], afterId: number): Promise<EditRecord[]> {
    for (const r of records) this.edits.push({ ...r, id: this.edits.length + 1 })
    return this.loadEdits(workspace, afterId)
  }

  async loadReviews(workspace: string): Promise<ReviewRecord[]> {
    return [...this.reviews.values()].filter((r) => r.workspace === workspace)
  }

  async putReview(review: ReviewRecord): Promise<void> {
    this.reviews.set(`${review.workspace}:${review.meta}`, review)
  }

  async loadComments(workspace: string): Promise<CommentRecord[]> {
    return this.comments.filter((c) => c.workspace === workspace)
  }

  async addComment(comment: Omit<CommentRecord, 'id'>): Promise<void> {
    this.comments.push({ ...comment, id: this.comments.length + 1 })
  }

  async loadAcknowledgements(workspace: string): Promise<AcknowledgementRecord[]> {
    return [...this.acks.values()].filter((a) => a.workspace === workspace)
  }

  async putAcknowledgement(ack: AcknowledgementRecord): Promise<void> {
    this.acks.set(`${ack.workspace}:${ack.meta}:${ack.rule}:${ack.column}`, ack)
  }

  async deleteAcknowledgement(workspace: string, meta: number, rule: string, column: string): Promise<void> {
    this.acks.delete(`${workspace}:${meta}:${rule}:${column}`)
  }
}
