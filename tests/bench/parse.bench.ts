/**
 * Parse time of the seed and of a synthetic 100,000-meta report built from it (the seed's pages
 * repeated, metas renumbered), plus the other passes the app runs over a whole report.
 * Target: the 100,000-meta parse under 1 s in Node on this machine.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { applyEdits } from '../../src/report/applyEdits'
import { checkReport } from '../../src/report/findings'
import { serializeSource } from '../../src/report/serializeSource'
import { statistics } from '../../src/report/statistics'
import { parseOk, seedBytes, seedText } from '../fixtures/seedReport'

const SYNTHETIC_METAS = 100_000

// Collect before each timed run, so that a run does not pay for the garbage of the one before.
v8.setFlagsFromString('--expose-gc')
const collect = vm.runInNewContext('gc') as () => void

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  work() // warm-up: JIT and caches, not timed
  let result: T | undefined
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    // The previous result is dropped and collected first: a run measures its own work only.
    result = undefined
    collect()
    const started = performance.now()
    result = work()
    times.push(performance.now() - started)
  }
  return { ms: median(times), result: result! }
}

/** The seed's title lines, then its pages (blank line, header, metas) repeated until there are `count` metas. */
export function synthetic(seed: string, count: number): string {
  const lines = seed.split('\n')
  const firstPage = lines.findIndex((l) => l.startsWith('OBJETIVOS DEL PLAN')) - 1
  const title = lines.slice(0, firstPage)
  const body = lines.slice(firstPage)
  const isMeta = (l: string) => /^[^\t]+(\t[^\t]*){10}$/.test(l) && /^\d+$/.test(l.split('\t')[3]!)
  const out = [...title]
  let n = 0
  while (n < count) {
    for (const line of body) {
      if (!isMeta(line)) {
        out.push(line)
        continue
      }
      if (n === count) break
      const cells = line.split('\t')
      cells[3] = String(++n)
      out.push(cells.join('\t'))
    }
  }
  return out.join('\n')
}

export default async function (): Promise<Record<string, number | string>> {
  const bytes = seedBytes()
  const seed = time(20, () => parseOk(bytes))
  const big = new TextEncoder().encode(synthetic(seedText(), SYNTHETIC_METAS))
  const parsed = time(5, () => parseOk(big))
  if (parsed.result.metas.length !== SYNTHETIC_METAS) throw new Error(`synthetic report has ${parsed.result.metas.length} metas`)
  collect()
  const coldStart = performance.now()
  checkReport(parsed.result)
  const coldCheck = performance.now() - coldStart
  const edited = applyEdits(parsed.result, [{ meta: 5000, column: 'achieved', after: '1' }])
  const findings = time(3, () => checkReport(edited))
  const stats = time(3, () => statistics(parsed.result.metas))
  const serialized = time(3, () => serializeSource(parsed.result))
  return {
    'seed: metas': seed.result.metas.length,
    'seed: parse, ms (median of 20)': seed.ms,
    'synthetic: metas': SYNTHETIC_METAS,
    'synthetic: size, MB': big.length / 1024 / 1024,
    'synthetic: parse, ms (median of 5; target < 1000)': parsed.ms,
    'synthetic: checkReport first run, ms': coldCheck,
    'synthetic: checkReport after an edit, ms (median of 3)': findings.ms,
    'synthetic: findings': findings.result.length,
    'synthetic: statistics, ms (median of 3)': stats.ms,
    'synthetic: serializeSource unedited, ms (median of 3)': serialized.ms,
  }
}
