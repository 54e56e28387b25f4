import { applyEdits, originalTextEdits } from '../report/applyEdits'
import type { CellEdit, ColumnKey, Report } from '../report/types'
import { DraftLog } from './draftLog'
import { MemoryBackend, type DraftsBackend } from './draftsBackend'
import type { StorageProblem } from './draftsDb'
import { DraftsWriter } from './draftsWriter'
import { overwrittenChanges } from './editLog'
import { editStep, stepsOf, type PendingStep, type StepStamp } from './pendingSteps'
import type { Author, CommentAbout, EditRecord, NewEditRecord, NewReviewLogRecord, ReviewStatus } from './records'
import { rescueStore } from './rescueStore'
import { SnapshotSource } from './snapshotSource'
import { EMPTY_REVIEW_BOOK } from './reviewBook'
import { applyReviewOps, type ReviewOp } from './reviewOps'
import { ReviewQueue } from './reviewQueue'
import type { SessionOptions } from './sessionOptions'
import type { CellChange, ConflictNotice, DraftsSnapshot, SaveState, SaveStatus } from './sessionSnapshot'
import { syncState, type Connection } from './syncState'
import { openTabChannel, type TabChannel, type TabMessage } from './tabSync'
import { WaitingTally } from './waitingTally'

const newId = (): string => globalThis.crypto.randomUUID()

/**
 * One open workspace: the original report, the edit log replayed over it, the review state, and
 * the writes to storage. Every change shows at once and is written in order; the save state says
 * when it is on disk and, in team mode, when the server has it. Plain TypeScript: the React bridge
 * subscribes to snapshots, and the replicator (src/sync) tells it what it stored.
 */
export class WorkspaceSession extends SnapshotSource<DraftsSnapshot> {
  readonly workspace: string
  readonly original: Report
  readonly tab = newId()
  /** The signed-in account (team mode): stamps every record, and undo reverses only its steps. */
  readonly account: Author | null
  private readonly backend: DraftsBackend
  private readonly drafts: DraftLog
  private readonly reviewQueue: ReviewQueue
  private readonly writer: DraftsWriter
  private channel: TabChannel | null = null
  private conflictCount = 0
  private connection: Connection = { status: 'online' }

  private constructor(options: SessionOptions) {
    super({ report: options.original, canUndo: false, canRedo: false, reviews: EMPTY_REVIEW_BOOK, save: { status: 'saved', problem: null, unsaved: 0 }, conflicts: [] })
    this.workspace = options.workspace
    this.original = options.original
    this.backend = options.backend
    this.account = options.account ?? null
    this.drafts = new DraftLog(options.original, options.account?.id)
    this.reviewQueue = new ReviewQueue(options.backend, options.workspace, options.account !== undefined)
    this.writer = new DraftsWriter(
      options.backend,
      options.workspace,
      this.drafts,
      this.reviewQueue,
      {
        absorb: (records) => this.absorb(records),
        written: (what) => {
          this.channel?.post({ workspace: this.workspace, what })
          this.tellStored()
        },
        changed: () => this.refresh([]),
      },
      options.problem ?? null,
      options.store ?? null,
    )
    this.snapshot = { ...this.snapshot, save: { ...this.snapshot.save, problem: this.writer.problem } }
  }

  /** Opens a workspace: replays its log, loads its reviews and takes in drafts an earlier tab could not write. */
  static async open(options: SessionOptions): Promise<WorkspaceSession> {
    const session = new WorkspaceSession(options)
    await session.load()
    if (options.sync !== false) session.channel = openTabChannel((m) => session.hear(m))
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

  /**
   * The page shows the session: a workspace not stored yet is stored now, not before (writing a
   * large original blocks the page for a moment, ~0.1 s at 100,000 metas).
   */
  shown(): void {
    if (this.writer.storing) this.writer.schedule()
  }

  /** False when drafts cannot outlive this page. */
  get persistent(): boolean {
    return this.backend.persistent && this.writer.problem !== 'unavailable'
  }

  private async load(): Promise<void> {
    const problem = this.writer.problem
    const records = problem ? [] : await this.backend.loadEdits(this.workspace, 0)
    this.drafts.stored.append(records)
    const edits: CellEdit[] = []
    for (const record of this.drafts.stored.touchedCells()) edits.push(record)
    const rescued = problem ? null : rescueStore.load(this.workspace)
    if (rescued) this.takeIn(rescued.edits, rescued.reviewOps)
    // Rescued review changes show at once, like rescued edits (which display from the pending steps).
    const reviews = problem ? EMPTY_REVIEW_BOOK : await this.reviewQueue.read()
    this.snapshot = { ...this.snapshot, report: applyEdits(this.original, edits), reviews }
    if (rescued) await this.writer.settled()
    this.refresh([])
  }

  private takeIn(edits: readonly NewEditRecord[], ops: readonly ReviewOp[]): void {
    this.drafts.add(stepsOf(edits))
    this.reviewQueue.add(ops)
    this.writer.schedule()
  }

  /** Resolves once every change made so far is written (after a retry, if storage refused it). */
  whenSaved(): Promise<void> {
    return this.when((snapshot) => snapshot.save.status === 'saved')
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
    const stamp = { workspace: this.workspace, tab: this.tab, step: newId(), at: Date.now() }
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
    const record = { workspace: this.workspace, meta, status, author: this.by(author), at: Date.now() }
    const said = reason?.trim() ?? ''
    this.review({ kind: 'status', record: said === '' ? record : { ...record, reason: said } })
  }

  /** A comment; in team mode it may mention accounts and answer a thread. */
  addComment(meta: number, text: string, author: string, about: CommentAbout = {}): void {
    const trimmed = text.trim()
    if (!trimmed) return
    const record = { workspace: this.workspace, meta, author: this.by(author), text: trimmed, at: Date.now() }
    const mentions = about.mentions && about.mentions.length > 0 ? { mentions: about.mentions } : {}
    this.review({ kind: 'comment', record: { ...record, ...mentions, ...(about.thread === undefined ? {} : { thread: about.thread }) } })
  }

  /** Team mode: closes the thread opened by the comment `thread` (a later reply opens it again). */
  resolveThread(meta: number, thread: string): void {
    this.review({ kind: 'comment', record: { workspace: this.workspace, meta, author: this.by(''), text: '', at: Date.now(), resolves: thread } })
  }

  acknowledgeFinding(meta: number, rule: string, column: string, reason: string, author: string): void {
    const record = { workspace: this.workspace, meta, rule, column, reason: reason.trim(), author: this.by(author), at: Date.now() }
    this.review({ kind: 'acknowledge', record })
  }

  withdrawAcknowledgement(meta: number, rule: string, column: string): void {
    this.review({ kind: 'withdraw', workspace: this.workspace, meta, rule, column, by: this.by(''), at: Date.now() })
  }

  /**
   * Team mode (planning): gives each meta to its unit (unit id; '' takes it away from any unit), one
   * 'assign' record per meta whose unit changes. Returns how many metas changed unit.
   */
  assign(assignments: readonly { readonly meta: number; readonly unit: string }[]): number {
    const units = this.snapshot.reviews.units
    const at = Date.now()
    const by = this.by('')
    const ops = assignments
      .filter((a) => (units.get(a.meta) ?? '') !== a.unit)
      .map((a): ReviewOp => ({ kind: 'assign', workspace: this.workspace, meta: a.meta, unit: a.unit, by, at }))
    this.review(...ops)
    return ops.length
  }

  private by(author: string): string {
    return this.account?.name ?? author
  }

  /** Everything not yet written, for the banner's download. */
  unsavedDrafts(): { readonly edits: readonly NewEditRecord[]; readonly reviewOps: readonly ReviewOp[] } {
    return this.writer.unsaved()
  }

  /** The replicator's news about the server: reachable, unreachable, session expired, batch refused. */
  setConnection(connection: Connection): void {
    this.connection = connection
    this.refresh([])
  }

  /**
   * Reads what the replicator (or another tab's) stored: records pulled from the server and the
   * server's acknowledgements of this browser's records. Resolves once they show.
   */
  absorbStored(what: { readonly edits: boolean; readonly reviews: boolean }): Promise<void> {
    return this.writer.enqueue(async () => {
      if (what.edits) await this.readEdits()
      if (what.reviews) await this.readReviews()
    })
  }

  /** Tries the writes again after a failure (e.g. once the user has freed space). */
  retry(): void {
    this.writer.retry()
  }

  /** A newer version of the app upgraded the database: never write again from this tab, keep drafts for the reload. */
  stopWriting(): void {
    this.writer.problem = 'outdated'
    this.writer.rescue()
  }

  dismissConflict(id: number): void {
    this.snapshot = { ...this.snapshot, conflicts: this.snapshot.conflicts.filter((c) => c.id !== id) }
    this.emit()
  }

  close(): void {
    this.channel?.close()
    this.stopTelling()
  }

  private review(...ops: readonly ReviewOp[]): void {
    if (ops.length === 0) return
    const stamped = ops.map((op): ReviewOp => ({ ...op, uid: newId(), ...(this.account ? { account: this.account } : {}) }))
    this.reviewQueue.add(stamped)
    this.snapshot = { ...this.snapshot, reviews: applyReviewOps(this.snapshot.reviews, stamped) }
    this.writer.schedule()
    this.refresh([])
  }

  private push(step: PendingStep): void {
    this.drafts.add([step])
    this.writer.schedule()
    this.refresh(step.records)
  }

  /** Brings the snapshot up to date after the given cells may have changed. */
  private refresh(touched: readonly { readonly meta: number; readonly column: ColumnKey }[]): void {
    const diffs: CellEdit[] = []
    for (const { meta, column } of touched) {
      const value = this.drafts.display(meta, column)
      if (value !== undefined && value !== this.snapshot.report.metas[meta]?.cells[column]) diffs.push({ meta, column, after: value })
    }
    const stacks = this.drafts.stacks()
    this.snapshot = {
      ...this.snapshot,
      report: applyEdits(this.snapshot.report, diffs),
      canUndo: stacks.undo.length > 0,
      canRedo: stacks.redo.length > 0,
      save: this.saveState(),
    }
    this.emit()
  }

  private saveState(): SaveState {
    const unsaved = this.drafts.unsavedCount() + this.reviewQueue.unsavedCount()
    const { problem } = this.writer
    const status: SaveStatus = this.writer.allWritten ? 'saved' : problem ? 'unsaved' : 'saving'
    if (!this.account) return { status, problem, unsaved }
    const waiting = new WaitingTally(this.account)
    this.drafts.tallyWaiting(waiting)
    this.reviewQueue.tallyWaiting(waiting)
    return { status, problem, unsaved, sync: syncState(this.connection, waiting.own, waiting.others()) }
  }

  /**
   * Applies records read from storage; tells the user when another tab, or in team mode another
   * person, replaced this user's change without having seen it.
   */
  private absorb(records: readonly EditRecord[]): void {
    const applied = this.drafts.stored.append(records)
    const conflicts: ConflictNotice[] = overwrittenChanges(applied, this.tab, this.account?.id).map((c) => ({ id: ++this.conflictCount, ...c }))
    if (conflicts.length > 0) this.snapshot = { ...this.snapshot, conflicts: [...this.snapshot.conflicts, ...conflicts] }
    this.refresh(applied.map((a) => a.record))
  }

  /** New records, and the server's versions of those this log holds as unsynced. */
  private async readEdits(): Promise<void> {
    const waiting = this.drafts.stored.unsyncedRecords().map((r) => r.id)
    const acknowledged = waiting.length > 0 ? (await this.backend.loadEditsById(waiting)).filter((r) => r.version !== undefined) : []
    this.absorb([...acknowledged, ...(await this.backend.loadEdits(this.workspace, this.drafts.stored.lastId))])
  }

  private async readReviews(): Promise<void> {
    this.snapshot = { ...this.snapshot, reviews: await this.reviewQueue.read() }
    this.refresh([])
  }

  private hear(message: TabMessage): void {
    const { problem } = this.writer
    if (message.workspace !== this.workspace || problem === 'outdated' || problem === 'unavailable') return
    void this.writer.enqueue(async () => {
      if (message.what === 'edits') await this.readEdits()
      else await this.readReviews()
      this.tellStored()
    })
  }
}
