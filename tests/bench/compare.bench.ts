/**
 * Matching 100,000 metas against 100,000 (the code the comparison's worker runs), in Node. Report A
 * is made from the seed's metas, each given two words of a generated vocabulary (some common, most
 * rare, as place and programme names are); report B is A shuffled with 10 % of its descriptions
 * reworded, 2 % of its metas removed and 2 % new. Baseline, in the same run: the plain exact join
 * (each side's description and indicator, as written, looked up in a Map), the least any matching does.
 * A pair counts as right when it is the meta B was made from, or one of A with the same words (in
 * any order: no text similarity tells those apart).
 */
import { compareReports } from '../../src/report/compare/compareReports'
import { matchMetas, type MatchFields, type MatchMode } from '../../src/report/compare/matchMetas'
import { matchTokens } from '../../src/report/compare/textVectors'
import type { Meta } from '../../src/report/types'
import { seedReport } from '../fixtures/seedReport'

const METAS = 100_000
const VOCABULARY = 20_000
const SYLLABLES = ['ka', 'lo', 'mi', 'ta', 'qui', 'pu', 'ra', 'che', 'yu', 'san', 'to', 'li', 'ma', 'co', 'tum', 'bal']

/** A deterministic generator, so every run measures the same reports. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x80000000
  }
}

const word = (n: number) => {
  let out = ''
  for (let k = n + SYLLABLES.length; k > 0; k = Math.floor(k / SYLLABLES.length)) out += SYLLABLES[k % SYLLABLES.length]
  return out.toUpperCase()
}

/** Report A, and B with where each of its metas came from in A (null: new). */
function reports(): { a: Meta[]; b: Meta[]; origin: (number | null)[] } {
  const seed = seedReport().metas
  const next = random(7)
  // Zipf-like: word k is picked about 1/k as often as word 1.
  const pick = () => word(Math.floor(Math.exp(next() * Math.log(VOCABULARY))) - 1)
  const a: Meta[] = Array.from({ length: METAS }, (_, id) => {
    const base = seed[id % seed.length]!
    const extra = `${pick()} ${pick()}`
    return { ...base, id, cells: { ...base.cells, no: String(id + 1), description: `${base.cells.description} EN ${extra}`, indicator: `${base.cells.indicator} ${extra}` } }
  })
  const kept = a.filter(() => next() >= 0.02)
  const shuffled: { meta: Meta; from: number | null }[] = kept.map((meta) => {
    if (next() >= 0.1) return { meta, from: meta.id }
    const words = meta.cells.description.split(' ')
    return { meta: { ...meta, cells: { ...meta.cells, description: ['ALCANZAR', ...words.slice(1, -2), words.at(-1)!].join(' ') } }, from: meta.id }
  })
  for (let n = 0; n < METAS * 0.02; n++) {
    const base = seed[n % seed.length]!
    const text = `${pick()} ${pick()} ${pick()} ${pick()}`
    shuffled.push({ meta: { ...base, cells: { ...base.cells, no: String(METAS + n + 1), description: `NUEVA META ${text}`, indicator: text } }, from: null })
  }
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
  }
  return { a, b: shuffled.map((s, id) => ({ ...s.meta, id })), origin: shuffled.map((s) => s.from) }
}

const words = (cells: MatchFields) => matchTokens(`${cells.description} ${cells.indicator}`).sort().join(' ')
const key = (cells: MatchFields) => `${cells.description}\u0000${cells.indicator}`

function exactJoin(a: readonly MatchFields[], b: readonly MatchFields[]): number {
  const inB = new Map<string, number>()
  b.forEach((cells, i) => inB.set(key(cells), i))
  let found = 0
  for (const cells of a) if (inB.has(key(cells))) found++
  return found
}

function timed<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now()
  const result = work()
  return { ms: performance.now() - start, result }
}

export default async function compareBench(): Promise<Record<string, number>> {
  const { a, b, origin } = reports()
  const cellsA = a.map((m) => m.cells)
  const cellsB = b.map((m) => m.cells)
  exactJoin(cellsA, cellsB) // warm-up: JIT and the fold's regular expressions
  const baseline = timed(() => exactJoin(cellsA, cellsB))
  const figures: Record<string, number> = { 'metas A × B': a.length * b.length, 'baseline: exact join of the texts as written (ms)': baseline.ms }
  for (const mode of ['years', 'versions'] as MatchMode[]) {
    let updates = 0
    const match = timed(() => matchMetas(cellsA, cellsB, { mode, onProgress: () => updates++ }))
    const right = match.result.pairs.filter((p) => origin[p.b] !== null && words(cellsA[p.a]!) === words(cellsA[origin[p.b]!]!)).length
    const expected = origin.filter((o) => o !== null).length
    figures[`${mode}: matching (ms)`] = match.ms
    figures[`${mode}: matching / baseline (ratio)`] = match.ms / baseline.ms
    figures[`${mode}: progress updates`] = updates
    figures[`${mode}: kept metas paired with their original (%)`] = (100 * right) / expected
    figures[`${mode}: wrong pairs`] = match.result.pairs.length - right
    if (mode === 'years') figures['years: cells compared (ms)'] = timed(() => compareReports(a, b, match.result)).ms
  }
  return figures
}
