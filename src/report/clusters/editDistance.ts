/** Levenshtein distance with a bound: the work stays within a band of the diagonal, as nearest-neighbour clustering needs. */

// Two rows reused by every call: clustering compares millions of pairs and must not allocate for each.
let previous = new Int32Array(64)
let current = new Int32Array(64)

/** The edit distance between a and b when it is at most `max`, else max + 1. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a.length > b.length) [a, b] = [b, a]
  // What both share at the start and at the end costs nothing: only the middle is compared.
  let head = 0
  while (head < a.length && a.charCodeAt(head) === b.charCodeAt(head)) head++
  let tail = 0
  while (tail < a.length - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++
  const n = a.length - head - tail
  const m = b.length - head - tail
  const over = max + 1
  if (n === 0) return m <= max ? m : over
  if (previous.length <= m) {
    previous = new Int32Array(m + 1)
    current = new Int32Array(m + 1)
  }
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(m, i + max)
    current.fill(over, 0, m + 1)
    current[0] = i <= max ? i : over
    let best = current[0]!
    const ca = a.charCodeAt(head + i - 1)
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(head + j - 1) ? 0 : 1
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1)
      current[j] = value > over ? over : value
      if (current[j]! < best) best = current[j]!
    }
    // Every path goes through this row: past the bound here, past it at the end.
    if (best > max) return over
    const row = previous
    previous = current
    current = row
  }
  return Math.min(previous[m]!, over)
}
