import { originalTextEdits } from '../report/applyEdits'
import type { CellEdit, ColumnKey, Report } from '../report/types'
import { MemoryBackend } from './draftsBackend'
import type { StorageProblem } from './draftsDb'
import { editStep, type StepStamp } from './pendingSteps'
import type { CommentAbout, NewEditRecord, NewReviewLogRecord, ReviewStatus } from './records'
import { ReviewChanges, type Assignment } from './reviewChanges'
import type { SessionOptions } from './sessionOptions'
import type { CellChange } from './sessionSnapshot'
import { StoredSession } from './storedSession'

/**
 * One open workspace: the original report, the edit log replayed over it, the review state, and
 * the writes to storage. Every change shows at once and is written in order; the save state says
 * when it is on disk and, in team mode, when the server has it. Plain TypeScript: the React bridge
 * subscribes to snapshots, and the replicator (src/sync) tells it what it stored. This class holds
 * what a person does (edits, undo, reviews, assignments); StoredSession the storage side.
 */
export class WorkspaceSession extends StoredSession {
  private readonly reviewChanges: ReviewChanges

  private constructor(options: SessionOptions) {
    super(options)
    this.reviewChanges = new ReviewChanges(options.workspace, this.account)
  }

  /** Opens a workspace: replays its log, loads its reviews and takes in drafts an earlier tab could not write. */
  static async open(options: SessionOptions): Promise<WorkspaceSession> {
    const session = new WorkspaceSession(options)
    await session.load()
    if (options.sync !== false) session.listenToTabs()
    return session
  }

  /**
   * A session over an empty in-memory log, ready at once: for component tests, and with a problem
   * when IndexedDB cannot be used (drafts then stay unsaved, and the banner offers their download).
   */
  static inMemory(original: Report, problem?: StorageProblem): WorkspaceSession {
    const session = new WorkspaceSession({ workspace: 'memory', original, backend: new MemoryBackend(), problem })
    session.refresh([])
    return session
  }

  /** The cell's text as the user sees it now. */
  current(meta: number, column: ColumnKey): string | undefined {
    return this.snapshot.report.metas[meta]?.cells[column]
  }

  /** Applies edits as one undo step; edits that change nothing are dropped. */
  commit(edits: readonly CellEdit[]): void {
    const step = editStep(edits, (meta, column) => this.current(meta, column), this.stamp())
    if (step) this.push(step)
  }

  /** Takes cells back to the original's text, as one undo step. */
  revert(cells: readonly { readonly meta: number; readonly column: ColumnKey }[]): void {
    this.commit(originalTextEdits(this.original, cells))
  }

  undo(): void {
    const step = this.drafts.undoStep(this.stamp())
    if (step) this.push(step)
  }

  redo(): void {
    const step = this.drafts.redoStep(this.stamp())
    if (step) this.push(step)
  }

  /**
   * Team mode: the step undo would reverse has a cell someone else has changed since, so undoing
   * it would replace their value: the UI asks first.
   */
  undoNeedsConfirmation(): boolean {
    return this.account !== null && this.drafts.undoOverwritesOthers()
  }

  private stamp(): StepStamp {
    const stamp = { workspace: this.workspace, tab: this.tab, step: globalThis.crypto.randomUUID(), at: Date.now() }
    return this.account ? { ...stamp, author: this.account } : stamp
  }

  /** Every edited cell with its original and current text, most recent first. */
  changes(): CellChange[] {
    return this.drafts.changes((meta, column) => this.current(meta, column))
  }

  /** The whole log, stored and pending, oldest first (in team mode, in the server's order). */
  history(): readonly NewEditRecord[] {
    return this.drafts.history()
  }

  /** Every review record (statuses, comments, acknowledgements…), stored and queued: the activity view reads it. */
  reviewLog(): Promise<readonly NewReviewLogRecord[]> {
    return this.reviewQueue.log()
  }

  /** `author`: the name the reviewer typed; in team mode the account's name is stamped instead. `reason`: why it is returned. */
  setReviewStatus(meta: number, status: ReviewStatus, author: string, reason?: string): void {
    this.review(this.reviewChanges.status(meta, status, author, reason))
  }

  /** A comment; in team mode it may mention accounts and answer a thread. */
  addComment(meta: number, text: string, author: string, about: CommentAbout = {}): void {
    this.review(this.reviewChanges.comment(meta, text, author, about))
  }

  /** Team mode: closes the thread opened by the comment `thread` (a later reply opens it again). */
  resolveThread(meta: number, thread: string): void {
    this.review(this.reviewChanges.resolution(meta, thread))
  }

  acknowledgeFinding(meta: number, rule: string, column: string, reason: string, author: string): void {
    this.review(this.reviewChanges.acknowledgement(meta, rule, column, reason, author))
  }

  withdrawAcknowledgement(meta: number, rule: string, column: string): void {
    this.review(this.reviewChanges.withdrawal(meta, rule, column))
  }

  /**
   * Team mode (planning): gives each meta to its unit (unit id; '' takes it away from any unit), one
   * 'assign' record per meta whose unit changes. Returns how many metas changed unit.
   */
  assign(assignments: readonly Assignment[]): number {
    const ops = this.reviewChanges.assignments(this.snapshot.reviews.units, assignments)
    this.review(ops)
    return ops.length
  }
}
