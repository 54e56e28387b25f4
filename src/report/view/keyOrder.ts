/**
 * orderByKey(key, desc): the positions 0..n-1 of a column's sort keys in sort order, the way a
 * stable sort of the column orders them (ties in position order, NaN = no value last whatever the
 * direction), without a comparator call per pair: an LSD radix sort on the keys' bits takes four
 * passes over the column, so the first click on a header of 100,000 metas costs a few
 * milliseconds instead of a generic sort's few dozen.
 */

const DIGIT_BITS = 16
const BUCKETS = 1 << DIGIT_BITS
const DIGIT_MASK = BUCKETS - 1
const SIGN = 0x80000000

// Which of a float's two 32-bit words holds its sign and exponent (1 on little-endian machines).
const HIGH_WORD = new Uint32Array(new Float64Array([-0]).buffer)[1] === SIGN ? 1 : 0

/**
 * Each key's 64 bits as two unsigned words whose order as unsigned integers (high word first) is
 * the keys' numeric order, reversed for `desc`: negative numbers have every bit flipped, the
 * others only the sign bit. -0 counts as 0, as it does for a comparator (a - b).
 */
function sortableWords(values: Float64Array, desc: boolean): { high: Uint32Array; low: Uint32Array } {
  const n = values.length
  const scratch = new Float64Array(n)
  for (let i = 0; i < n; i++) scratch[i] = values[i] === 0 ? 0 : values[i]
  const words = new Uint32Array(scratch.buffer)
  const high = new Uint32Array(n)
  const low = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + HIGH_WORD]
    const lo = words[2 * i + 1 - HIGH_WORD]
    const negative = (hi & SIGN) !== 0
    const h = negative ? ~hi : hi ^ SIGN
    const l = negative ? ~lo : lo
    high[i] = (desc ? ~h : h) >>> 0
    low[i] = (desc ? ~l : l) >>> 0
  }
  return { high, low }
}

/** One stable counting pass by a 16-bit digit of `words`; skipped (returns false) when every key has the same digit. */
function pass(from: Int32Array, to: Int32Array, words: Uint32Array, shift: number, counts: Int32Array): boolean {
  counts.fill(0)
  for (let i = 0; i < from.length; i++) counts[(words[from[i]] >>> shift) & DIGIT_MASK]++
  if (counts[(words[from[0]] >>> shift) & DIGIT_MASK] === from.length) return false
  let at = 0
  for (let d = 0; d < BUCKETS; d++) {
    const c = counts[d]
    counts[d] = at
    at += c
  }
  for (let i = 0; i < from.length; i++) {
    const p = from[i]
    to[counts[(words[p] >>> shift) & DIGIT_MASK]++] = p
  }
  return true
}

/** Positions ordered by `key` (ascending, or descending with `desc`); ties by position; NaN last, by position. */
export function orderByKey(key: Float64Array, desc: boolean): Int32Array {
  const n = key.length
  let valued = 0
  for (let i = 0; i < n; i++) if (key[i] === key[i]) valued++
  const out = new Int32Array(n)
  let empty = valued
  let from = new Int32Array(valued)
  let filled = 0
  for (let i = 0; i < n; i++) {
    if (key[i] === key[i]) from[filled++] = i
    else out[empty++] = i
  }
  if (valued === 0) return out
  const { high, low } = sortableWords(key, desc)
  let to = new Int32Array(valued)
  const counts = new Int32Array(BUCKETS)
  for (const [words, shift] of [
    [low, 0],
    [low, DIGIT_BITS],
    [high, 0],
    [high, DIGIT_BITS],
  ] as const) {
    if (pass(from, to, words, shift, counts)) [from, to] = [to, from]
  }
  out.set(from)
  return out
}
