/** One browser's server-sent event stream: a hijacked response that events are written to. */
import type { ServerResponse } from 'node:http'

/** A client this far behind (its socket not draining) is dropped; it reconnects and pulls. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024

export class EventStream {
  constructor(
    readonly report: string,
    private readonly response: ServerResponse,
  ) {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      // Proxies must pass events through as they come, not buffer them.
      'x-accel-buffering': 'no',
    })
    // A browser whose stream broke (a server restart) reconnects after one second.
    response.write('retry: 1000\n\n')
  }

  send(event: string, data: string): void {
    this.write(`event: ${event}\ndata: ${data}\n\n`)
  }

  comment(text: string): void {
    this.write(`: ${text}\n\n`)
  }

  /** The browser went away (or the stream was dropped). */
  get closed(): boolean {
    return this.response.writableEnded || this.response.destroyed
  }

  end(): void {
    this.response.end()
  }

  private write(chunk: string): void {
    if (this.closed) return
    if (this.response.writableLength > MAX_BUFFERED_BYTES) {
      this.response.destroy()
      return
    }
    this.response.write(chunk)
  }
}
