/** Rules on the sequence of meta numbers: duplicates, gaps and order. */
import { metaValues } from '../metaValues'
import type { Meta } from '../types'
import { finding, type Finding } from './ruleTable'

/** "3" or "3–7": a run of missing numbers. */
const run = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`)

export function checkNumbering(metas: readonly Meta[], out: Finding[]): void {
  const firstWith = new Map<number, Meta>()
  let previous: number | null = null
  for (const meta of metas) {
    const n = metaValues(meta).no
    if (n === null) continue
    const first = firstWith.get(n)
    if (first) {
      out.push(finding(meta, 'no', 'numberDuplicate', `La meta ${n} ya está en la línea ${first.line}.`, `Goal ${n} is already on line ${first.line}.`))
      continue
    }
    firstWith.set(n, meta)
    if (previous !== null && n < previous) {
      out.push(finding(meta, 'no', 'numberOrder', `La meta ${n} viene después de la ${previous}.`, `Goal ${n} comes after goal ${previous}.`))
    }
    previous = n
  }
  // A gap is reported once, on the meta with the next number present.
  const present = [...firstWith.keys()].sort((a, b) => a - b)
  let expected = 1
  for (const n of present) {
    if (n > expected) {
      const gap = run(expected, n - 1)
      const [es, en] =
        expected === n - 1
          ? [`Falta la meta ${gap} antes de la ${n}.`, `Goal ${gap} is missing before goal ${n}.`]
          : [`Faltan las metas ${gap} antes de la ${n}.`, `Goals ${gap} are missing before goal ${n}.`]
      out.push(finding(firstWith.get(n)!, 'no', 'numberMissing', es, en))
    }
    expected = Math.max(expected, n + 1)
  }
}
