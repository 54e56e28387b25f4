import { applyEdits } from '../report/applyEdits'
import type { CellEdit, ColumnKey, Report } from '../report/types'
import { DraftLog } from './draftLog'
import type { DraftsBackend } from './draftsBackend'
import { DraftsWriter } from './draftsWriter'
import { overwrittenChanges } from './editLog'
import { stepsOf, type PendingStep } from './pendingSteps'
import type { Author, EditRecord, NewEditRecord } from './records'
import { rescueStore } from './rescueStore'
import { SnapshotSource } from './snapshotSource'
import { EMPTY_REVIEW_BOOK } from './reviewBook'
import { applyReviewOps, type ReviewOp } from './reviewOps'
import { ReviewQueue } from './reviewQueue'
import type { SessionOptions } from './sessionOptions'
import type { ConflictNotice, DraftsSnapshot, SaveState, SaveStatus } from './sessionSnapshot'
import { syncState, type Connection } from './syncState'
import { openTabChannel, type TabChannel, type TabMessage } from './tabSync'
import { WaitingTally } from './waitingTally'

/**
 * A workspace session's side that faces storage: it opens the log and the reviews, queues every
 * change for the writer, reads what other tabs and the replicator stored, and keeps the save state
 * and the conflict notices in the snapshot. WorkspaceSession adds what a person does with it.
 */
export abstract class StoredSession extends SnapshotSource<DraftsSnapshot> {
  readonly workspace: string
  readonly original: Report
  readonly tab = globalThis.crypto.randomUUID()
  /** The signed-in account (team mode): stamps every record, and undo reverses only its steps. */
  readonly account: Author | null
  protected readonly drafts: DraftLog
  protected readonly reviewQueue: ReviewQueue
  private readonly backend: DraftsBackend
  private readonly writer: DraftsWriter
  private channel: TabChannel | null = null
  private conflictCount = 0
  private connection: Connection = { status: 'connecting' }

  protected constructor(options: SessionOptions) {
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

  /** Replays the stored log, loads the reviews and takes in drafts an earlier tab could not write. */
  protected async load(): Promise<void> {
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

  /** Keeps in step with the other tabs: reads what they wrote when they say so. */
  protected listenToTabs(): void {
    this.channel = openTabChannel((m) => this.hear(m))
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

  /** Shows review changes at once and queues them for the writer. */
  protected review(ops: readonly ReviewOp[]): void {
    if (ops.length === 0) return
    this.reviewQueue.add(ops)
    this.snapshot = { ...this.snapshot, reviews: applyReviewOps(this.snapshot.reviews, ops) }
    this.writer.schedule()
    this.refresh([])
  }

  /** Shows an undo step at once and queues it for the writer. */
  protected push(step: PendingStep): void {
    this.drafts.add([step])
    this.writer.schedule()
    this.refresh(step.records)
  }

  /** Brings the snapshot up to date after the given cells may have changed. */
  protected refresh(touched: readonly { readonly meta: number; readonly column: ColumnKey }[]): void {
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
