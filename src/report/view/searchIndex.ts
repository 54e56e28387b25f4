/**
 * The folded text of every meta, kept in runs of RUN metas so that a search scans a few long
 * strings with indexOf instead of 100,000 short ones, and an edit rebuilds one run, not all.
 */
import type { Meta } from '../types'

const RUN = 1024
const CELL_END = '\u0001'
const META_END = '\u0002'
// oxlint-disable-next-line no-control-regex -- the two separators above are control characters on purpose
const SEPARATORS = /[\u0001\u0002]/g
const MARKS = /[\u0300-\u036f]/g

/**
 * foldText's accent and case folding without its whitespace collapsing: search terms never hold
 * whitespace, and collapsing runs of it costs seconds on 100,000 metas' text.
 */
function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase()
}

interface Run {
  readonly metas: readonly Meta[]
  readonly text: string
  /** Offset of each meta's META_END in `text`. */
  readonly ends: Int32Array
}

// Keyed by the run's first meta; a run is reused only while every meta in it is the same object.
const runs = new WeakMap<Meta, Run>()

function buildRun(metas: readonly Meta[]): Run {
  // Report text never legitimately holds these control characters; keep them from faking a boundary.
  const text = foldForSearch(
    metas
      .map(
        (m) =>
          Object.values(m.cells)
            .map((c) => c.replace(SEPARATORS, ' '))
            .join(CELL_END) + CELL_END,
      )
      .join(META_END) + META_END,
  )
  const ends = new Int32Array(metas.length)
  let at = -1
  for (let i = 0; i < metas.length; i++) ends[i] = at = text.indexOf(META_END, at + 1)
  return { metas, text, ends }
}

function runAt(metas: readonly Meta[], from: number): Run {
  const to = Math.min(metas.length, from + RUN)
  const cached = runs.get(metas[from])
  if (cached && cached.metas.length === to - from && cached.metas.every((m, i) => m === metas[from + i])) return cached
  const run = buildRun(metas.slice(from, to))
  runs.set(metas[from], run)
  return run
}

/** Builds the runs starting at `from` until `budgetMs` is spent; returns where to continue (metas.length when done). */
export function warmSearchIndex(metas: readonly Meta[], from: number, budgetMs: number): number {
  const started = performance.now()
  let at = from
  while (at < metas.length && performance.now() - started < budgetMs) {
    runAt(metas, at)
    at += RUN
  }
  return Math.min(at, metas.length)
}

// Typing forward narrows the last search: a meta matching "agua" must have matched "agu".
let last: { metas: readonly Meta[]; terms: readonly string[]; out: Uint8Array; count: number } | null = null
/** Checking candidates one by one beats scanning whole runs only when few are left. */
const NARROW_BELOW = 0.2

function narrows(terms: readonly string[], previous: readonly string[]): boolean {
  return previous.every((p) => terms.some((t) => t.includes(p)))
}

/** For each meta (by position), 1 when every term appears in it. Terms are folded (searchTerms). */
export function matchingMetas(metas: readonly Meta[], terms: readonly string[]): Uint8Array {
  const candidates = last && last.metas === metas && last.count < metas.length * NARROW_BELOW && narrows(terms, last.terms) ? last.out : null
  const out = new Uint8Array(metas.length)
  for (let from = 0; from < metas.length; from += RUN) {
    const { text, ends } = runAt(metas, from)
    if (candidates) {
      for (let i = 0; i < ends.length; i++) {
        if (candidates[from + i] !== 1) continue
        const own = text.substring(i === 0 ? 0 : ends[i - 1] + 1, ends[i])
        if (terms.every((t) => own.includes(t))) out[from + i] = 1
      }
      continue
    }
    const hits = new Uint8Array(ends.length)
    for (const term of terms) {
      let meta = 0
      for (let pos = text.indexOf(term); pos !== -1;) {
        while (ends[meta] < pos) meta++
        hits[meta]++
        pos = text.indexOf(term, ends[meta] + 1)
      }
    }
    for (let i = 0; i < hits.length; i++) if (hits[i] === terms.length) out[from + i] = 1
  }
  let count = 0
  for (let i = 0; i < out.length; i++) count += out[i]
  last = { metas, terms, out, count }
  return out
}
