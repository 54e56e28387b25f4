/**
 * One simulated browser of the sync bench: it keeps a replica of the report's log from the event
 * stream (the records an event carries, or a pull from its cursor when it missed some) and pushes
 * its own edits one batch at a time, retrying the same uids after a failure, as the app's replicator does.
 */
import type { PushedRecord, TeamRecord } from '../../../src/report/team/teamRecord'
import { openEvents, type EventClient } from '../../server/eventClient'

interface RecordsEvent {
  readonly version: number
  readonly after?: number
  readonly records?: readonly TeamRecord[]
}

export class SimulatedClient {
  readonly log: TeamRecord[] = []
  pulls = 0
  failedPushes = 0
  private events: EventClient | null = null
  private pulling: Promise<void> | null = null
  private pullAgain = false

  constructor(
    private readonly base: string,
    private readonly headers: Record<string, string>,
    /** Called with each record the first time this client has it. */
    private readonly onRecord: (record: TeamRecord, at: number) => void,
  ) {}

  get cursor(): number {
    return this.log.length === 0 ? 0 : this.log[this.log.length - 1]!.version
  }

  async connect(): Promise<void> {
    this.events = await openEvents(`${this.base}/events`, this.headers)
    this.events.onEvent = (event) => {
      if (event.event === 'records') this.received(event.data as RecordsEvent)
    }
    await this.pull()
  }

  /** Pushes until the server has the batch (same uids on every retry); answers the push's duration in ms. */
  async push(records: readonly PushedRecord[]): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      const started = performance.now()
      try {
        const response = await fetch(`${this.base}/records`, {
          method: 'POST',
          headers: { ...this.headers, 'content-type': 'application/json' },
          body: JSON.stringify({ records }),
        })
        if (response.ok) {
          await response.arrayBuffer()
          return performance.now() - started
        }
        if (response.status < 500) throw new Error(`push refused: ${response.status} ${await response.text()}`)
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('push refused')) throw error
      }
      this.failedPushes++
      await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 50 * 2 ** attempt)))
    }
  }

  heartbeat(meta: number | null): Promise<Response> {
    return fetch(`${this.base}/presence`, {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ meta }),
    })
  }

  close(): void {
    this.events?.close()
  }

  private received(data: RecordsEvent): void {
    if (data.records && data.after !== undefined && data.after <= this.cursor) {
      this.append(data.records)
      if (data.version > this.cursor) void this.pull()
    } else if (data.version > this.cursor) {
      void this.pull()
    }
  }

  /** Takes the records that continue the log; a gap means some were missed, so it pulls. */
  private append(records: readonly TeamRecord[]): void {
    const now = performance.now()
    for (const record of records) {
      if (record.version <= this.cursor) continue
      if (record.version !== this.cursor + 1) return void this.pull()
      this.log.push(record)
      this.onRecord(record, now)
    }
  }

  /** One pull at a time; asked again meanwhile, it pulls once more when done. */
  private pull(): Promise<void> {
    if (this.pulling) {
      this.pullAgain = true
      return this.pulling
    }
    this.pulling = (async () => {
      do {
        this.pullAgain = false
        for (;;) {
          this.pulls++
          const response = await fetch(`${this.base}/records?after=${this.cursor}`, { headers: this.headers })
          const page = (await response.json()) as { records: TeamRecord[]; version: number }
          this.append(page.records)
          if (page.records.length === 0 || page.version <= this.cursor) break
        }
      } while (this.pullAgain)
    })()
      // A failed pull (the server restarting) is made again by the next event.
      .catch(() => undefined)
      .finally(() => (this.pulling = null))
    return this.pulling
  }
}
