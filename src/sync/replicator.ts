import type { DraftsDb } from '../drafts/draftsDb'
import type { Connection } from '../drafts/syncState'
import { openTabChannel, type TabChannel } from '../drafts/tabSync'
import { acknowledge, discardRefused, readCursor, storePulled, unsyncedBatch, type StoredChange } from '../drafts/teamLog'
import type { WorkspaceSession } from '../drafts/workspaceSession'
import { MAX_RECORDS_PER_PUSH } from '../report/team/teamRecord'
import type { RoundState } from '../report/team/publication'
import { DEFAULT_BACKOFF, retryDelay, type Backoff } from './backoff'
import { browserNetwork, type Network } from './network'
import type { EventStream, Person, RecordsApi, Result, TeamError } from './teamApi'
import type { Bilingual } from '../drafts/syncState'

/** What the replicator needs of the open session. */
export type ReplicatedSession = Pick<WorkspaceSession, 'workspace' | 'account' | 'absorbStored' | 'setConnection' | 'onStored'>

export interface ReplicatorOptions {
  readonly api: RecordsApi
  readonly db: DraftsDb
  /** The shared report's id: its content hash, so also the session's workspace. */
  readonly report: string
  readonly session: ReplicatedSession
  readonly network?: Network
  readonly backoff?: Backoff
  readonly batchSize?: number
  readonly onPresence?: (people: readonly Person[]) => void
  readonly onPublication?: (state: RoundState) => void
}

const ONLINE: Connection = { status: 'online' }
const DONE: Result<void> = { ok: true, value: undefined }
const DROPPED: Bilingual = {
  es: 'Ese cambio se quitó de este navegador (la meta muestra lo que tiene el servidor); los demás se siguen enviando.',
  en: 'That change was removed from this browser (the meta shows what the server holds); the others are still being sent.',
}

/**
 * Replicates one open shared report. Pushes the signed-in account's unsynced records in order, in
 * batches (another account's wait in IndexedDB until it signs in here), and pulls from the cursor
 * on start, on each `records` event and after reconnecting; what it receives is written to IndexedDB (src/drafts) before the session is told. One step at a time, so
 * a pull never meets a push in flight. A failed push is retried with backoff and jitter; records
 * keep their uids, so a retry after a lost reply stores nothing twice. An expired session stops
 * pushing (everything stays in IndexedDB) until `resume()`.
 */
export class Replicator {
  private wantPull = true
  private wantPush = true
  private running: Promise<void> | null = null
  private stopped = false
  /** Set by a 401, or by a refusal of a pull: nothing is tried until resume(). */
  private blocked = false
  private pushRefused = false
  /** A record the server refused and this browser dropped: said until a later change of the user is accepted. */
  private dropped: { readonly reason: Bilingual; readonly at: number } | null = null
  private failures = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private cursor = 0
  private editsFrom = 0
  private events: EventStream | null = null
  private readonly cleanups: (() => void)[] = []
  private readonly channel: TabChannel
  private connection: Connection = { status: 'connecting' }
  private readonly network: Network
  private readonly backoff: Backoff

  constructor(private readonly options: ReplicatorOptions) {
    this.network = options.network ?? browserNetwork()
    this.backoff = options.backoff ?? DEFAULT_BACKOFF
    this.channel = openTabChannel(() => undefined)
  }

  async start(): Promise<void> {
    this.cursor = await readCursor(this.options.db, this.options.session.workspace)
    this.openEvents()
    this.cleanups.push(this.options.session.onStored(() => this.want('push')))
    this.cleanups.push(this.network.onChange((online) => (online ? this.retryNow() : this.tell({ status: 'offline' }))))
    this.kick()
  }

  /** After signing in again: pushes what waited, pulls what came meanwhile. */
  resume(): void {
    this.blocked = false
    this.pushRefused = false
    this.failures = 0
    this.events?.close()
    this.openEvents()
    this.retryNow()
  }

  /** Stops replicating; resolves once no write of it is running. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.events?.close()
    for (const cleanup of this.cleanups) cleanup()
    this.channel.close()
    await this.running
  }

  private openEvents(): void {
    this.events = this.options.api.openEvents(this.options.report, {
      records: (version) => {
        if (version > this.cursor) this.want('pull')
      },
      presence: (people) => this.options.onPresence?.(people),
      publication: (state) => this.options.onPublication?.(state),
      open: () => this.retryNow(),
      error: (closed) => {
        // Failing a pull tells offline; a stream the server ended is opened again once it answers.
        if (closed) this.events = null
        this.want('pull')
      },
    })
  }

  private want(what: 'pull' | 'push'): void {
    if (what === 'pull') this.wantPull = true
    else this.wantPush = true
    this.kick()
  }

  private retryNow(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.wantPull = true
    this.wantPush = true
    this.kick()
  }

  private get hasWork(): boolean {
    return this.wantPull || (this.wantPush && !this.pushRefused)
  }

  private kick(): void {
    if (this.stopped || this.blocked || this.running || this.retryTimer) return
    this.running = this.run().finally(() => {
      this.running = null
      if (this.hasWork) this.kick()
    })
  }

  private async run(): Promise<void> {
    while (!this.stopped && !this.blocked && this.hasWork) {
      if (!this.network.online()) return this.fail({ kind: 'offline', status: null, code: 'offline', es: '', en: '' }, 'push')
      const step = this.wantPull ? 'pull' : 'push'
      let result: Result<void>
      try {
        result = step === 'pull' ? await this.pull() : await this.push()
      } catch {
        // IndexedDB refused (the session shows why): try again later, as after a network failure.
        this.wantPull ||= step === 'pull'
        this.wantPush ||= step === 'push'
        return this.retryLater()
      }
      if (!result.ok) return this.fail(result.error, step)
      this.failures = 0
      // A refused push stays refused until resume(); anything else the server answered is over.
      if (this.connection.status !== 'online' && !this.pushRefused) this.tell(this.dropped ? { status: 'refused', reason: this.dropped.reason } : ONLINE)
      if (!this.events && step === 'pull') this.openEvents()
    }
  }

  private async pull(): Promise<Result<void>> {
    this.wantPull = false
    for (;;) {
      const page = await this.options.api.pullRecords(this.options.report, this.cursor)
      if (!page.ok) {
        this.wantPull = true
        return page
      }
      const { records, version } = page.value
      if (records.length === 0) return DONE
      const change = await storePulled(this.options.db, this.options.session.workspace, records)
      this.cursor = Math.max(this.cursor, records.at(-1)!.version)
      await this.told(change)
      if (version <= this.cursor) return DONE
    }
  }

  private async push(): Promise<Result<void>> {
    const { db, session } = this.options
    this.wantPush = false
    if (!session.account) return DONE
    const batch = await unsyncedBatch(db, session.workspace, session.account.id, this.editsFrom, this.options.batchSize ?? MAX_RECORDS_PER_PUSH)
    this.editsFrom = batch.editsFrom
    if (batch.records.length === 0) return DONE
    // More may wait behind this batch: the loop pushes until a batch comes back empty.
    this.wantPush = true
    const reply = await this.options.api.pushRecords(this.options.report, batch.records)
    if (!reply.ok) return this.dropRefused(reply)
    if (this.dropped && batch.records.some((r) => r.at > this.dropped!.at)) this.dropped = null
    await this.told(await acknowledge(db, session.workspace, reply.value.accepted, session.account))
    return DONE
  }

  /**
   * A record refused for whose turn its meta is (e.g. assigned elsewhere meanwhile) is dropped here,
   * its meta back to the server's state, and the rest is sent; any other refusal stops the pushes.
   */
  private async dropRefused({ error }: { readonly error: TeamError }): Promise<Result<void>> {
    const { db, session } = this.options
    const change = error.kind === 'refused' && error.record !== undefined ? await discardRefused(db, session.workspace, error.record) : null
    if (!change) return { ok: false, error }
    await this.told(change)
    this.dropped = { reason: { es: `${error.es} ${DROPPED.es}`, en: `${error.en} ${DROPPED.en}` }, at: Date.now() }
    this.tell({ status: 'refused', reason: this.dropped.reason })
    return DONE
  }

  private async told(change: StoredChange): Promise<void> {
    if (!change.edits && !change.reviews) return
    await this.options.session.absorbStored(change)
    const workspace = this.options.session.workspace
    if (change.edits) this.channel.post({ workspace, what: 'edits' })
    if (change.reviews) this.channel.post({ workspace, what: 'reviews' })
  }

  private fail(error: TeamError, step: 'pull' | 'push'): void {
    if (error.kind === 'signedOut') {
      this.blocked = true
      return this.tell({ status: 'signedOut' })
    }
    if (error.kind === 'refused') {
      if (step === 'pull') this.blocked = true
      else this.pushRefused = true
      return this.tell({ status: 'refused', reason: { es: error.es, en: error.en } })
    }
    // Throttled: the server is there, so the state shown stays; offline or failing: say so.
    if (error.kind === 'offline' && this.connection.status !== 'refused') this.tell({ status: 'offline' })
    this.retryLater()
  }

  private retryLater(): void {
    this.failures++
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = null
        // After a failure, what happened meanwhile is pulled first.
        this.wantPull = true
        this.kick()
      },
      retryDelay(this.backoff, this.failures),
    )
  }

  private tell(connection: Connection): void {
    this.connection = connection
    this.options.session.setConnection(connection)
  }
}
