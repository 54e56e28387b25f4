/**
 * Matching 100,000 metas against 100,000, in Node: by text in a worker thread as the page does it
 * (the job cloned in, progress and the matching cloned back), and as versions in place. Report A
 * is made from the seed's metas, each given two words of a generated vocabulary (some common, most
 * rare, as place and programme names are); report B is A shuffled with 10 % of its descriptions
 * reworded, 2 % of its metas removed and 2 % new. Baseline, in the same run: the plain exact join
 * (each side's description and indicator, as written, looked up in a Map), the least any matching does.
 * A pair counts as right when it is the meta B was made from, or one of A with the same words (in
 * any order: no text similarity tells those apart).
 */
import { Worker } from 'node:worker_threads'
import { compareReports } from '../../src/report/compare/compareReports'
import { matchMetas, type Matching, type MatchFields, type MatchMode } from '../../src/report/compare/matchMetas'
import { matchTokens } from '../../src/report/compare/textVectors'
import type { Meta } from '../../src/report/types'
import { seedReport } from '../fixtures/seedReport'
import { random, zipfWords } from './generatedWords'

const METAS = 100_000
const VOCABULARY = 20_000

/** Report A, and B with where each of its metas came from in A (null: new). */
function reports(): { a: Meta[]; b: Meta[]; origin: (number | null)[] } {
  const seed = seedReport().metas
  const next = random(7)
  const pick = zipfWords(next, VOCABULARY)
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

/** The matching in a worker thread: milliseconds from posting the job to holding the matching, and the progress messages. */
function inWorker(a: readonly MatchFields[], b: readonly MatchFields[], mode: MatchMode): Promise<{ ms: number; updates: number; matching: Matching }> {
  const worker = new Worker(new URL('./compare/matchWorkerThread.mjs', import.meta.url))
  return new Promise((resolve, reject) => {
    let updates = 0
    let start = 0
    worker.on('error', reject)
    worker.on('message', (message: { type: 'ready' } | { type: 'progress' } | { type: 'done'; matching: Matching }) => {
      if (message.type === 'ready') {
        start = performance.now()
        worker.postMessage({ a, b, mode })
      } else if (message.type === 'progress') updates++
      else {
        const ms = performance.now() - start
        void worker.terminate()
        resolve({ ms, updates, matching: message.matching })
      }
    })
  })
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
  const expected = origin.filter((o) => o !== null).length
  const rightPairs = (matching: Matching) => matching.pairs.filter((p) => origin[p.b] !== null && words(cellsA[p.a]!) === words(cellsA[origin[p.b]!]!)).length
  const worker = await inWorker(cellsA, cellsB, 'years')
  figures['years, in a worker: job to matching (ms)'] = worker.ms
  figures['years, in a worker: / baseline (ratio)'] = worker.ms / baseline.ms
  figures['years, in a worker: progress messages'] = worker.updates
  figures['years: kept metas paired with their original (%)'] = (100 * rightPairs(worker.matching)) / expected
  figures['years: wrong pairs'] = worker.matching.pairs.length - rightPairs(worker.matching)
  figures['years: cells compared (ms)'] = timed(() => compareReports(a, b, worker.matching)).ms
  // Versions of one report, shuffled: position fails, the number finds each meta (in place, no worker).
  const versions = timed(() => matchMetas(cellsA, cellsB, { mode: 'versions' }))
  figures['versions, in place: matching (ms)'] = versions.ms
  figures['versions, in place: / baseline (ratio)'] = versions.ms / baseline.ms
  figures['versions: kept metas paired with their original (%)'] = (100 * rightPairs(versions.result)) / expected
  return figures
}
