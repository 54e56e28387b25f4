/**
 * Tells the server which meta this user is on: at once when a report opens, again on every change
 * (at most one request per `minGapMs`, the latest meta winning, the same meta never sent twice in a
 * row) and as a heartbeat, since the server forgets a person it has not heard from for 30 s.
 */
export interface PresenceSenderOptions {
  readonly send: (meta: number | null) => void
  /** Well under the server's 30 s expiry. */
  readonly heartbeatMs?: number
  readonly minGapMs?: number
}

export class PresenceSender {
  private meta: number | null = null
  private sent: { readonly meta: number | null; readonly at: number } | null = null
  private pending: ReturnType<typeof setTimeout> | null = null
  private heartbeat: ReturnType<typeof setInterval> | null = null
  private readonly send: (meta: number | null) => void
  private readonly heartbeatMs: number
  private readonly minGapMs: number

  constructor(options: PresenceSenderOptions) {
    this.send = options.send
    this.heartbeatMs = options.heartbeatMs ?? 10_000
    this.minGapMs = options.minGapMs ?? 500
  }

  start(): void {
    this.sendNow()
    this.heartbeat = setInterval(() => this.sendNow(), this.heartbeatMs)
  }

  show(meta: number | null): void {
    this.meta = meta
    if (this.pending || !this.heartbeat) return
    if (this.sent?.meta === meta) return
    const wait = this.sent ? this.sent.at + this.minGapMs - Date.now() : 0
    if (wait <= 0) return this.sendNow()
    this.pending = setTimeout(() => {
      this.pending = null
      if (this.sent?.meta !== this.meta) this.sendNow()
    }, wait)
  }

  stop(): void {
    if (this.pending) clearTimeout(this.pending)
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.pending = null
    this.heartbeat = null
  }

  private sendNow(): void {
    this.sent = { meta: this.meta, at: Date.now() }
    this.send(this.meta)
  }
}
