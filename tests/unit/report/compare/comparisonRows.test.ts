import { describe, expect, it } from 'vitest'
import { COLUMNS } from '../../../../src/report/columns'
import { compareReports } from '../../../../src/report/compare/compareReports'
import { CHANGE_GROUPS, comparisonRows, filterRows } from '../../../../src/report/compare/comparisonRows'
import { matchMetas } from '../../../../src/report/compare/matchMetas'
import { objectiveDeltas } from '../../../../src/report/compare/objectiveDeltas'
import { parseNumber } from '../../../../src/report/numbers'
import { foldCategory } from '../../../../src/report/textFold'
import type { Report } from '../../../../src/report/types'
import { seedReport } from '../../../fixtures/seedReport'
import { copyReport, editedSeed, seedCopyRows, withCell } from '../../../fixtures/seedCopies'

const seed = seedReport()

function compared(b: Report) {
  const matching = matchMetas(
    seed.metas.map((m) => m.cells),
    b.metas.map((m) => m.cells),
    { mode: 'versions' },
  )
  return compareReports(seed.metas, b.metas, matching)
}

const percentOf = (text: string) => {
  const n = parseNumber(text)
  return n.ok ? n.value : null
}

it('every column is in exactly one group of changes', () => {
  const grouped: string[] = Object.values(CHANGE_GROUPS).flat()
  expect([...grouped].sort()).toEqual(COLUMNS.map((c) => c.key).sort())
})

describe('the rows of a comparison', () => {
  const removed = 7
  const rows = seedCopyRows()
    .filter((r) => r.from !== removed)
    .map((r) => (r.from === 20 ? withCell(r, 'achieved', '0') : r.from === 30 ? withCell(r, 'result', 'Texto corregido.') : r))
  const copy = copyReport(rows)
  const comparison = compared(copy)
  const all = comparisonRows(comparison)
  const metaA = (row: (typeof all)[number]) => (row.kind === 'pair' ? comparison.matching.pairs[row.pair]!.a : row.kind === 'onlyA' ? row.meta : null)

  it('put a meta only in A where it stood, after its predecessor', () => {
    expect(all).toHaveLength(seed.metas.length)
    expect(all.map(metaA)).toEqual(seed.metas.map((m) => m.id))
    expect(all[removed]).toEqual({ kind: 'onlyA', meta: removed })
  })

  it('filter by kind of change and by objective', () => {
    const filter = (change: Parameters<typeof filterRows>[4]['change'], objectives: ReadonlySet<string> | null = null) =>
      filterRows(all, comparison, seed.metas, copy.metas, { change, objectives }).map(metaA)
    expect(filter('changed')).toEqual([20, 30])
    expect(filter('figures')).toEqual([20])
    expect(filter('narratives')).toEqual([30])
    expect(filter('onlyA')).toEqual([removed])
    expect(filter('unchanged')).toHaveLength(seed.metas.length - 3)
    const objective = foldCategory(seed.metas[20]!.cells.objective)
    const inObjective = seed.metas.filter((m) => foldCategory(m.cells.objective) === objective).map((m) => m.id)
    expect(filter('all', new Set([objective]))).toEqual(inObjective)
    expect(filter('changed', new Set([objective]))).toEqual([20, 30].filter((id) => inObjective.includes(id)))
  })
})

describe('fulfillment per objective', () => {
  it('moves by the edited percentage over the objective’s metas with a percentage, and nowhere else', () => {
    const edited = seed.metas.find((m) => percentOf(m.cells.percent) !== null && foldCategory(m.cells.objective) !== '')!
    const copy = editedSeed([{ meta: edited.id, column: 'percent', after: '0,00%' }])
    const deltas = objectiveDeltas(seed.metas, copy.metas)
    const key = foldCategory(edited.cells.objective)
    const withPercent = seed.metas.filter((m) => foldCategory(m.cells.objective) === key && percentOf(m.cells.percent) !== null).length
    for (const row of deltas) {
      expect(row.keys).toHaveLength(1)
      expect(row.delta).toBeCloseTo(row.keys[0] === key ? -percentOf(edited.cells.percent)! / withPercent : 0, 6)
    }
    expect(new Set(deltas.map((d) => d.keys[0])).size).toBe(new Set(seed.metas.map((m) => foldCategory(m.cells.objective))).size)
  })
})
