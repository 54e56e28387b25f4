import type { DraftLog } from './draftLog'
import type { DraftsBackend } from './draftsBackend'
import { classifyStorageError, type StorageProblem } from './draftsDb'
import type { EditRecord, NewEditRecord } from './records'
import { rescueStore } from './rescueStore'
import type { ReviewOp } from './reviewOps'
import type { ReviewQueue } from './reviewQueue'

/** What the writer tells its session. */
export interface WriterHooks {
  /** Edits are written: storage returned them with every other record written since `afterId`. */
  readonly absorb: (records: readonly EditRecord[]) => void
  /** Records of this kind were written (tell the other tabs and the replicator). */
  readonly written: (what: 'edits' | 'reviews') => void
  /** The save state may have changed. */
  readonly changed: () => void
}

/**
 * Writes a session's drafts to storage, in order, one write at a time; keeps them in localStorage
 * when storage refuses or this tab must stop writing. Reads of storage queue behind the writes.
 */
export class DraftsWriter {
  private writing = false
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly backend: DraftsBackend,
    private readonly workspace: string,
    private readonly drafts: DraftLog,
    private readonly reviews: ReviewQueue,
    private readonly hooks: WriterHooks,
    public problem: StorageProblem | null,
    private store: (() => Promise<void>) | null,
  ) {}

  /** Whether the workspace itself still waits to be stored. */
  get storing(): boolean {
    return this.store !== null
  }

  /** Saved only once every record is written: even an edit undone since still belongs in the log. */
  get allWritten(): boolean {
    return this.store === null && this.drafts.pendingSteps.length === 0 && this.reviews.queued.length === 0
  }

  /** Resolves once every write and read queued so far is done. */
  settled(): Promise<void> {
    return this.queue
  }

  schedule(): void {
    if (this.problem && this.problem !== 'quota' && this.problem !== 'failed') return this.rescue()
    if (this.writing) return
    this.writing = true
    this.queue = this.queue.then(() => this.flush())
  }

  /** Runs a read of storage after the writes queued before it; a failed read loses nothing. */
  enqueue(read: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        await read()
      } catch {
        // The next message or write reads again.
      }
    })
    return this.queue
  }

  /** Tries the writes again after a failure (e.g. once the user has freed space). */
  retry(): void {
    if (this.problem === 'quota' || this.problem === 'failed') this.problem = null
    this.schedule()
  }

  /** Everything not yet written, for the banner's download. */
  unsaved(): { readonly edits: readonly NewEditRecord[]; readonly reviewOps: readonly ReviewOp[] } {
    return { edits: this.drafts.pendingSteps.flatMap((s) => s.records), reviewOps: this.reviews.queued }
  }

  rescue(): void {
    rescueStore.save(this.workspace, this.unsaved())
    this.hooks.changed()
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
      const steps = this.drafts.pendingSteps.slice()
      try {
        if (this.store) {
          await this.store()
          this.store = null
        }
        if (await this.reviews.write()) this.hooks.written('reviews')
        if (steps.length > 0) {
          const written = await this.backend.appendEdits(
            this.workspace,
            steps.flatMap((s) => s.records),
            this.drafts.stored.lastId,
          )
          this.drafts.written(steps.length)
          this.hooks.absorb(written)
          this.hooks.written('edits')
        }
        rescueStore.clear(this.workspace)
      } catch (error) {
        // Checked again here: the tab may have been told to stop writing while this write ran.
        this.problem ??= classifyStorageError(error)
        this.rescue()
      }
      this.hooks.changed()
    }
  }
}
