import type { AcknowledgementRecord, CommentRecord, EditRecord, NewEditRecord, NewReviewLogRecord, ReviewLogRecord, ReviewRecord } from './records'
import { latestByOrder, targetState, UNIT_TARGET } from './reviewLog'

/** Where one workspace's drafts are kept: IndexedDB, or memory when IndexedDB cannot be used. */
export interface DraftsBackend {
  /** True when what is written survives a reload. */
  readonly persistent: boolean
  /** Every edit record of the workspace with an id above `afterId`, in id order. */
  loadEdits(workspace: string, afterId: number): Promise<EditRecord[]>
  /** The edit records with these ids as stored now (the server may have acknowledged them since). */
  loadEditsById(ids: readonly number[]): Promise<EditRecord[]>
  /** Appends records in one transaction; returns every record above `afterId` (others' too) once written. */
  appendEdits(workspace: string, records: readonly NewEditRecord[], afterId: number): Promise<EditRecord[]>
  loadReviews(workspace: string): Promise<ReviewRecord[]>
  loadComments(workspace: string): Promise<CommentRecord[]>
  loadAcknowledgements(workspace: string): Promise<AcknowledgementRecord[]>
  /** Appends review records and rewrites the state they decide, in one transaction. */
  appendReviewRecords(records: readonly NewReviewLogRecord[]): Promise<void>
  /** The review records the server has not acknowledged yet. */
  loadUnsyncedReviews(workspace: string): Promise<ReviewLogRecord[]>
  /** Every 'assign' record of the workspace (team mode: which unit answers for each meta). */
  loadAssignments(workspace: string): Promise<ReviewLogRecord[]>
  /** Every review record of the workspace, in id order (the activity view orders them as the log does). */
  loadReviewLog(workspace: string): Promise<ReviewLogRecord[]>
}

/** Keeps drafts for this page only: component tests, and the fallback when IndexedDB is unavailable. */
export class MemoryBackend implements DraftsBackend {
  readonly persistent = false
  private edits: EditRecord[] = []
  private reviewLog: ReviewLogRecord[] = []

  async loadEdits(workspace: string, afterId: number): Promise<EditRecord[]> {
    return this.edits.filter((r) => r.workspace === workspace && r.id > afterId)
  }

  async loadEditsById(ids: readonly number[]): Promise<EditRecord[]> {
    return ids.flatMap((id) => this.edits[id - 1] ?? [])
  }

  async appendEdits(workspace: string, records: readonly NewEditRecord[], afterId: number): Promise<EditRecord[]> {
    for (const r of records) this.edits.push({ ...r, id: this.edits.length + 1 })
    return this.loadEdits(workspace, afterId)
  }

  async loadReviews(workspace: string): Promise<ReviewRecord[]> {
    return this.states(workspace).flatMap((s) => (s.kind === 'status' ? [s.row] : []))
  }

  async loadComments(workspace: string): Promise<CommentRecord[]> {
    return this.states(workspace).flatMap((s, id) => (s.kind === 'comment' ? [{ ...s.row, id: id + 1 }] : []))
  }

  async loadAcknowledgements(workspace: string): Promise<AcknowledgementRecord[]> {
    return this.states(workspace).flatMap((s) => (s.kind === 'acknowledged' ? [s.row] : []))
  }

  async appendReviewRecords(records: readonly NewReviewLogRecord[]): Promise<void> {
    for (const r of records) this.reviewLog.push({ ...r, id: this.reviewLog.length + 1 })
  }

  async loadUnsyncedReviews(workspace: string): Promise<ReviewLogRecord[]> {
    return this.reviewLog.filter((r) => r.workspace === workspace && r.unsynced === 1)
  }

  async loadAssignments(workspace: string): Promise<ReviewLogRecord[]> {
    return this.reviewLog.filter((r) => r.workspace === workspace && r.target.startsWith(UNIT_TARGET))
  }

  async loadReviewLog(workspace: string): Promise<ReviewLogRecord[]> {
    return this.reviewLog.filter((r) => r.workspace === workspace)
  }

  /** Each target's state, decided by its latest record, in the order targets first appeared. */
  private states(workspace: string) {
    const byTarget = new Map<string, ReviewLogRecord[]>()
    for (const r of this.reviewLog) if (r.workspace === workspace && !r.target.startsWith(UNIT_TARGET)) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r])
    return [...byTarget.values()].map((records) => targetState(latestByOrder(records)!))
  }
}
