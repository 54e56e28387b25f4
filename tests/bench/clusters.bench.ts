/**
 * Clustering a column of 100,000 metas (the code the clustering dialog's worker runs), in Node.
 * The metas are the seed's, each indicator given a word of a generated vocabulary (some common,
 * most rare) and one in twenty a typo (a letter dropped, doubled or changed), so the indicator
 * column has tens of thousands of distinct values. Baseline, in the same run: counting the column's
 * distinct values, the one pass over the metas every method starts with.
 */
import { distinctValues, keyCollisionClusters, nearestNeighbourClusters } from '../../src/report/clusters/clusterValues'
import type { ColumnKey, Meta } from '../../src/report/types'
import { seedReport } from '../fixtures/seedReport'
import { random, zipfWords } from './generatedWords'

const METAS = 100_000
const VOCABULARY = 20_000

/** A letter dropped, doubled or changed at a random place. */
function typo(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length)
  const kind = Math.floor(next() * 3)
  if (kind === 0) return text.slice(0, at) + text.slice(at + 1)
  if (kind === 1) return text.slice(0, at) + text[at] + text.slice(at)
  return `${text.slice(0, at)}X${text.slice(at + 1)}`
}

function metas(): Meta[] {
  const seed = seedReport().metas
  const next = random(11)
  const pick = zipfWords(next, VOCABULARY)
  return Array.from({ length: METAS }, (_, id) => {
    const base = seed[id % seed.length]!
    const indicator = `${base.cells.indicator} ${pick()}`
    return { ...base, id, cells: { ...base.cells, no: String(id + 1), indicator: next() < 0.05 ? typo(indicator, next) : indicator } }
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]!
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    result = work()
    times.push(performance.now() - started)
  }
  return { ms: median(times), result }
}

export default async function (): Promise<Record<string, number | string>> {
  const all = metas()
  const figures: Record<string, number | string> = { metas: all.length }
  for (const column of ['competenceType', 'objective', 'indicator'] as const satisfies readonly ColumnKey[]) {
    const baseline = time(3, () => distinctValues(all, column))
    const key = time(3, () => keyCollisionClusters(distinctValues(all, column)))
    const near = time(3, () => nearestNeighbourClusters(distinctValues(all, column), 2))
    figures[`${column}: distinct values`] = baseline.result.length
    figures[`${column}: counting distinct values (baseline), ms`] = baseline.ms
    figures[`${column}: key collision, ms (clusters ${key.result.length})`] = key.ms
    figures[`${column}: key collision / baseline`] = key.ms / baseline.ms
    figures[`${column}: nearest neighbours within 2, ms (clusters ${near.result.length})`] = near.ms
    figures[`${column}: nearest neighbours / baseline`] = near.ms / baseline.ms
  }
  return figures
}
