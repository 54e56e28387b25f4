/** How long to wait before the next try after failures in a row: exponential, capped, with jitter. */
export interface Backoff {
  /** First delay (ms); each failure in a row doubles it. */
  readonly base: number
  /** Longest delay (ms). */
  readonly cap: number
  /** 0 ≤ random() < 1; tests pass their own. */
  readonly random: () => number
}

export const DEFAULT_BACKOFF: Backoff = { base: 500, cap: 30_000, random: Math.random }

/**
 * Half the exponential delay plus a random part up to the other half, so clients that failed
 * together (a server restart) do not all come back at the same moment, and none retries at once.
 */
export function retryDelay(backoff: Backoff, failures: number): number {
  const delay = Math.min(backoff.cap, backoff.base * 2 ** Math.max(0, failures - 1))
  return delay / 2 + backoff.random() * (delay / 2)
}
