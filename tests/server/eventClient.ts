/** A Node client of the server-sent event stream: the events as they come, and waiting for one. */
export interface LiveEvent {
  readonly event: string
  readonly data: unknown
  /** performance.now() when it arrived. */
  readonly at: number
}

export interface EventClient {
  readonly events: readonly LiveEvent[]
  /** Called for every event as it arrives. */
  onEvent: ((event: LiveEvent) => void) | null
  /** The first event (already received or to come) that matches, or a rejection after timeoutMs. */
  next(match: (event: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent>
  close(): void
}

export async function openEvents(url: string, headers: Record<string, string>): Promise<EventClient> {
  const abort = new AbortController()
  const response = await fetch(url, { headers: { ...headers, accept: 'text/event-stream' }, signal: abort.signal })
  if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status} ${await response.text()}`)
  const events: LiveEvent[] = []
  const waiters = new Set<(event: LiveEvent) => void>()
  const client: EventClient = {
    events,
    onEvent: null,
    next(match, timeoutMs = 5000) {
      const seen = events.find(match)
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(new Error(`no matching event within ${timeoutMs} ms (got ${events.map((e) => e.event).join(', ')})`))
        }, timeoutMs)
        const waiter = (event: LiveEvent) => {
          if (!match(event)) return
          clearTimeout(timer)
          waiters.delete(waiter)
          resolve(event)
        }
        waiters.add(waiter)
      })
    },
    close: () => abort.abort(),
  }
  const dispatch = (block: string) => {
    let event = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7)
      else if (line.startsWith('data: ')) data.push(line.slice(6))
    }
    if (data.length === 0) return
    const received: LiveEvent = { event, data: JSON.parse(data.join('\n')), at: performance.now() }
    events.push(received)
    client.onEvent?.(received)
    for (const waiter of [...waiters]) waiter(received)
  }
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    let buffered = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffered += value
        let end = buffered.indexOf('\n\n')
        while (end >= 0) {
          dispatch(buffered.slice(0, end))
          buffered = buffered.slice(end + 2)
          end = buffered.indexOf('\n\n')
        }
      }
    } catch {
      // aborted by close(), or the server went away
    }
  })()
  return client
}
