import { applyEdits } from '../report/applyEdits'
import type { CellEdit, ColumnKey, Report } from '../report/types'
import { MemoryBackend, type DraftsBackend } from './draftsBackend'
import { classifyStorageError, type StorageProblem } from './draftsDb'
import { EditLog, inverseRecords, overwrittenChanges, redoRecords, undoRedoStacks } from './editLog'
import { cellChanges, editStep, pendingText, stepsOf, storedText, unsavedCellCount, type PendingStep } from './pendingSteps'
import type { EditRecord, NewEditRecord, ReviewStatus } from './records'
import { rescueStore } from './rescueStore'
import { EMPTY_REVIEW_BOOK } from './reviewBook'
import { applyReviewOps, countReviewChanges, readReviewBook, writeReviewOp, type ReviewOp } from './reviewOps'
import type { SessionOptions } from './sessionOptions'
import type { CellChange, ConflictNotice, DraftsSnapshot, SaveStatus } from './sessionSnapshot'
import { openTabChannel, type TabChannel, type TabMessage } from './tabSync'

const newId = (): string => globalThis.crypto.randomUUID()

/**
 * One open workspace: the original report, the edit log replayed over it, the review state, and
 * the writes to storage. Every change shows at once and is written in order; the save state says
 * when it is on disk. Plain TypeScript: the React bridge subscribes to snapshots.
 */
export class WorkspaceSession {
  readonly workspace: string
  readonly original: Report
  readonly tab = newId()
  private readonly backend: DraftsBackend
  private readonly log = new EditLog()
  private pending: PendingStep[] = []
  private reviewOps: ReviewOp[] = []
  private problem: StorageProblem | null
  private writing = false
  private store: (() => Promise<void>) | null
  private queue: Promise<void> = Promise.resolve()
  private channel: TabChannel | null = null
  private listeners = new Set<() => void>()
  private conflictCount = 0
  private snapshot: DraftsSnapshot

  private constructor(options: SessionOptions) {
    this.workspace = options.workspace
    this.original = options.original
    this.backend = options.backend
    this.problem = options.problem ?? null
    this.store = options.store ?? null
    this.snapshot = {
      report: options.original,
      canUndo: false,
      canRedo: false,
      reviews: EMPTY_REVIEW_BOOK,
      save: { status: 'saved', problem: this.problem, unsaved: 0 },
      conflicts: [],
    }
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
    if (this.store) this.schedule()
  }

  /** False when drafts cannot outlive this page. */
  get persistent(): boolean {
    return this.backend.persistent && this.problem !== 'unavailable'
  }

  private async load(): Promise<void> {
    const records = this.problem ? [] : await this.backend.loadEdits(this.workspace, 0)
    this.log.append(records)
    const edits: CellEdit[] = []
    for (const record of this.log.touchedCells()) edits.push(record)
    const stored = this.problem ? EMPTY_REVIEW_BOOK : await readReviewBook(this.backend, this.workspace)
    const rescued = this.problem ? null : rescueStore.load(this.workspace)
    if (rescued) this.takeIn(rescued.edits, rescued.reviewOps)
    // Rescued review changes show at once, like rescued edits (which display from the pending steps).
    this.snapshot = { ...this.snapshot, report: applyEdits(this.original, edits), reviews: applyReviewOps(stored, this.reviewOps) }
    if (rescued) await this.queue
    this.refresh([])
  }

  private takeIn(edits: readonly NewEditRecord[], ops: readonly ReviewOp[]): void {
    this.pending.push(...stepsOf(edits))
    this.reviewOps.push(...ops)
    this.schedule()
  }

  getSnapshot = (): DraftsSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The cell's text as the user sees it now. */
  current(meta: number, column: ColumnKey): string | undefined {
    return this.snapshot.report.metas[meta]?.cells[column]
  }

  /** Applies edits as one undo step; edits that change nothing are dropped. */
  commit(edits: readonly CellEdit[]): void {
    const step = editStep(edits, (meta, column) => this.current(meta, column), { workspace: this.workspace, tab: this.tab, step: newId(), at: Date.now() })
    if (step) this.push(step)
  }

  /** Takes cells back to the original's text, as one undo step. */
  revert(cells: readonly { readonly meta: number; readonly column: ColumnKey }[]): void {
    this.commit(cells.flatMap((c) => {
      const original = this.original.metas[c.meta]?.cells[c.column]
      return original === undefined ? [] : [{ meta: c.meta, column: c.column, after: original }]
    }))
  }

  undo(): void {
    const target = this.stacks().undo.at(-1)
    if (target === undefined) return
    const step = newId()
    this.push({ header: { step, kind: 'undo', target }, records: inverseRecords(this.stepRecords(target), step, this.tab, Date.now()) })
  }

  redo(): void {
    const target = this.stacks().redo.at(-1)
    if (target === undefined) return
    const step = newId()
    this.push({ header: { step, kind: 'redo', target }, records: redoRecords(this.stepRecords(target), step, this.tab, Date.now()) })
  }

  /** Every edited cell with its original and current text, most recent first. */
  changes(): CellChange[] {
    return cellChanges(this.log, this.pending, this.original, (meta, column) => this.current(meta, column))
  }

  /** The whole log, confirmed and pending, oldest first. */
  history(): readonly NewEditRecord[] {
    return [...this.log.records(), ...this.pending.flatMap((s) => s.records)]
  }

  setReviewStatus(meta: number, status: ReviewStatus, author: string): void {
    this.review({ kind: 'status', record: { workspace: this.workspace, meta, status, author, at: Date.now() } })
  }

  addComment(meta: number, text: string, author: string): void {
    const trimmed = text.trim()
    if (trimmed) this.review({ kind: 'comment', record: { workspace: this.workspace, meta, author, text: trimmed, at: Date.now() } })
  }

  acknowledgeFinding(meta: number, rule: string, column: string, reason: string, author: string): void {
    this.review({ kind: 'acknowledge', record: { workspace: this.workspace, meta, rule, column, reason: reason.trim(), author, at: Date.now() } })
  }

  withdrawAcknowledgement(meta: number, rule: string, column: string): void {
    this.review({ kind: 'withdraw', workspace: this.workspace, meta, rule, column })
  }

  /** Everything not yet written, for the banner's download. */
  unsavedDrafts(): { readonly edits: readonly NewEditRecord[]; readonly reviewOps: readonly ReviewOp[] } {
    return { edits: this.pending.flatMap((s) => s.records), reviewOps: this.reviewOps }
  }

  /** Tries the writes again after a failure (e.g. once the user has freed space). */
  retry(): void {
    if (this.problem === 'quota' || this.problem === 'failed') this.problem = null
    this.schedule()
  }

  /** A newer version of the app upgraded the database: never write again from this tab, keep drafts for the reload. */
  stopWriting(): void {
    this.problem = 'outdated'
    this.rescue()
    this.refresh([])
  }

  dismissConflict(id: number): void {
    this.snapshot = { ...this.snapshot, conflicts: this.snapshot.conflicts.filter((c) => c.id !== id) }
    this.emit()
  }

  close(): void {
    this.channel?.close()
    this.listeners.clear()
  }

  private review(op: ReviewOp): void {
    this.reviewOps.push(op)
    this.snapshot = { ...this.snapshot, reviews: applyReviewOps(this.snapshot.reviews, [op]) }
    this.schedule()
    this.refresh([])
  }

  private push(step: PendingStep): void {
    this.pending.push(step)
    this.schedule()
    this.refresh(step.records)
  }

  private stacks() {
    return undoRedoStacks([...this.log.stepHeaders(), ...this.pending.map((s) => s.header)])
  }

  private stepRecords(step: string): readonly NewEditRecord[] {
    return this.pending.find((s) => s.header.step === step)?.records ?? this.log.stepRecords(step)
  }

  /** What a cell shows: the latest pending change, else the log's, else the original. */
  private display(meta: number, column: ColumnKey): string | undefined {
    return pendingText(this.pending, meta, column) ?? storedText(this.log, this.original, meta, column)
  }

  /** Brings the snapshot up to date after the given cells may have changed. */
  private refresh(touched: readonly { readonly meta: number; readonly column: ColumnKey }[]): void {
    const diffs: CellEdit[] = []
    for (const { meta, column } of touched) {
      const value = this.display(meta, column)
      if (value !== undefined && value !== this.snapshot.report.metas[meta]?.cells[column]) diffs.push({ meta, column, after: value })
    }
    const stacks = this.stacks()
    const unsaved = unsavedCellCount(this.pending, this.log, this.original) + countReviewChanges(this.reviewOps)
    const status: SaveStatus = this.allWritten ? 'saved' : this.problem ? 'unsaved' : 'saving'
    this.snapshot = {
      ...this.snapshot,
      report: applyEdits(this.snapshot.report, diffs),
      canUndo: stacks.undo.length > 0,
      canRedo: stacks.redo.length > 0,
      save: { status, problem: this.problem, unsaved },
    }
    this.emit()
  }

  /** Saved only once every record is written: even an edit undone since still belongs in the log. */
  private get allWritten(): boolean {
    return this.store === null && this.pending.length === 0 && this.reviewOps.length === 0
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }

  private schedule(): void {
    if (this.problem && this.problem !== 'quota' && this.problem !== 'failed') return this.rescue()
    if (this.writing) return
    this.writing = true
    this.queue = this.queue.then(() => this.flush())
  }

  /**
   * Writes every pending change, in order, until none is left or storage refuses. The flag is
   * cleared in the same tick as the last check, so a change made in between is never stranded.
   */
  private async flush(): Promise<void> {
    for (;;) {
      if (this.problem || this.allWritten) {
        this.writing = false
        return
      }
      const steps = this.pending.slice()
      const ops = this.reviewOps.slice()
      try {
        if (this.store) {
          await this.store()
          this.store = null
        }
        for (const op of ops) {
          await writeReviewOp(this.backend, op)
          // Dropped as soon as written: a failure later in the batch must not write it (a comment) twice.
          this.reviewOps = this.reviewOps.slice(1)
        }
        if (ops.length > 0) this.channel?.post({ workspace: this.workspace, what: 'reviews' })
        if (steps.length > 0) {
          const written = await this.backend.appendEdits(this.workspace, steps.flatMap((s) => s.records), this.log.lastId)
          this.pending = this.pending.slice(steps.length)
          this.absorb(written)
          this.channel?.post({ workspace: this.workspace, what: 'edits' })
        }
        rescueStore.clear(this.workspace)
      } catch (error) {
        // Checked again here: the tab may have been told to stop writing while this write ran.
        this.problem ??= classifyStorageError(error)
        this.rescue()
      }
      this.refresh([])
    }
  }

  private rescue(): void {
    rescueStore.save(this.workspace, this.unsavedDrafts())
    this.refresh([])
  }

  /** Applies records read from storage; tells the user when another tab overwrote this tab's change. */
  private absorb(records: readonly EditRecord[]): void {
    const applied = this.log.append(records)
    const conflicts: ConflictNotice[] = overwrittenChanges(applied, this.tab).map((c) => ({ id: ++this.conflictCount, ...c }))
    if (conflicts.length > 0) this.snapshot = { ...this.snapshot, conflicts: [...this.snapshot.conflicts, ...conflicts] }
    this.refresh(applied.map((a) => a.record))
  }

  private hear(message: TabMessage): void {
    if (message.workspace !== this.workspace || this.problem === 'outdated' || this.problem === 'unavailable') return
    this.queue = this.queue.then(async () => {
      try {
        if (message.what === 'edits') this.absorb(await this.backend.loadEdits(this.workspace, this.log.lastId))
        else if (message.what === 'reviews') {
          // This tab's own changes not yet written are laid over what storage holds, or the read would hide them.
          const stored = await readReviewBook(this.backend, this.workspace)
          this.snapshot = { ...this.snapshot, reviews: applyReviewOps(stored, this.reviewOps) }
          this.refresh([])
        }
      } catch {
        // The next message or write reads again; a failed read loses nothing.
      }
    })
  }
}
