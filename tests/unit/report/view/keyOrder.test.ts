import { describe, expect, test } from 'vitest'
import { orderByKey } from '../../../../src/report/view/keyOrder'
import { computeView } from '../../../../src/report/view/computeView'
import { DEFAULT_VIEW } from '../../../../src/report/view/viewSpec'
import { COLUMNS } from '../../../../src/report/columns'
import { metaValues } from '../../../../src/report/metaValues'
import { compareText } from '../../../../src/report/textFold'
import type { Meta } from '../../../../src/report/types'
import { seedReport } from '../../../fixtures/seedReport'

/** What the grid sorted with before: a stable comparator sort of the positions with a value, then those without one. */
function comparatorOrder(key: Float64Array, desc: boolean): number[] {
  const positions = Array.from(key, (_, i) => i)
  const valued = positions.filter((i) => !Number.isNaN(key[i]))
  valued.sort(desc ? (a, b) => key[b] - key[a] : (a, b) => key[a] - key[b])
  return [...valued, ...positions.filter((i) => Number.isNaN(key[i]))]
}

/** A fixed pseudo-random sequence, so a failure reproduces. */
function numbers(count: number, next: (random: () => number) => number): Float64Array {
  let state = 12345
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
  return Float64Array.from({ length: count }, () => next(random))
}

describe('orderByKey', () => {
  const cases: Record<string, Float64Array> = {
    'negatives, zeros of both signs, infinities and blanks': Float64Array.from([
      3,
      -1,
      0,
      -0,
      Number.NaN,
      Infinity,
      -Infinity,
      -1,
      2.5,
      Number.NaN,
      0,
      -2.5e-300,
      5e-324,
      -0,
      1e300,
    ]),
    'many ties among few values': numbers(5000, (r) => Math.floor(r() * 7) - 3),
    'percentages with two decimals and some blanks': numbers(20_000, (r) => (r() < 0.05 ? Number.NaN : Math.round(r() * 25_000) / 100)),
    'large integers, all distinct': numbers(3000, (r) => Math.floor(r() * 2 ** 52) * (r() < 0.5 ? -1 : 1)),
    'one value only': new Float64Array(10).fill(42),
    'no value at all': new Float64Array(4).fill(Number.NaN),
    'nothing to sort': new Float64Array(0),
  }
  for (const [name, key] of Object.entries(cases)) {
    for (const desc of [false, true]) {
      test(`${name}, ${desc ? 'descending' : 'ascending'}: the same order as a stable comparator sort`, () => {
        expect(Array.from(orderByKey(key, desc))).toEqual(comparatorOrder(key, desc))
      })
    }
  }
})

describe('one-column sorts of the embedded report', () => {
  const seed = seedReport()
  const numeric = ['no', 'planned', 'achieved', 'percent'] as const
  const byView = (column: (typeof COLUMNS)[number]['key'], desc: boolean) => computeView(seed, { ...DEFAULT_VIEW, sort: [{ column, desc }] }).map((m) => m.id)

  for (const column of numeric) {
    test(`${column}: the view's order is the comparator order of its values, both ways`, () => {
      const key = Float64Array.from(seed.metas, (m) => metaValues(m)[column] ?? Number.NaN)
      for (const desc of [false, true]) expect(byView(column, desc)).toEqual(comparatorOrder(key, desc).map((i) => seed.metas[i].id))
    })
  }

  test('text columns: the order of ranking each distinct text in Spanish order, then sorting by rank, both ways', () => {
    for (const { key } of COLUMNS.filter((c) => !(numeric as readonly string[]).includes(c.key))) {
      const text = (m: Meta) => m.cells[key].trim()
      const distinct = [...new Set(seed.metas.map(text))].sort(compareText)
      const ranks = Float64Array.from(seed.metas, (m) => distinct.indexOf(text(m)))
      for (const desc of [false, true]) {
        expect(byView(key, desc), `${key} ${desc ? 'desc' : 'asc'}`).toEqual(comparatorOrder(ranks, desc).map((i) => seed.metas[i].id))
      }
    }
  })
})
