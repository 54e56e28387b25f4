import { describe, expect, it } from 'vitest'
import { compareReports, pairChanges } from '../../../../src/report/compare/compareReports'
import { applyChoices, HIGH_CONFIDENCE, matchMetas, matchModeFor, type Matching, type MatchMode } from '../../../../src/report/compare/matchMetas'
import { parseNumber } from '../../../../src/report/numbers'
import type { Report } from '../../../../src/report/types'
import { seedReport } from '../../../fixtures/seedReport'
import { copyReport, editedSeed, newMeta, seedCopyRows, withCell, type CellEditSpec, type CopyRow } from '../../../fixtures/seedCopies'

const seed = seedReport()

function match(a: Report, b: Report, mode: MatchMode = matchModeFor(a, b)): Matching {
  return matchMetas(
    a.metas.map((m) => m.cells),
    b.metas.map((m) => m.cells),
    { mode },
  )
}

const numberOf = (text: string) => {
  const n = parseNumber(text)
  return n.ok ? n.value : null
}

describe('the seed against a copy with a few cells edited', () => {
  const edits: CellEditSpec[] = [
    { meta: 4, column: 'achieved', after: '999' },
    { meta: 4, column: 'result', after: `${seed.metas[4]!.cells.result} Dato corregido por la secretaría.` },
    { meta: 120, column: 'percent', after: '50,00%' },
    { meta: 200, column: 'description', after: seed.metas[200]!.cells.description.replace(/\s+\S+$/, ' EN TODO EL DISTRITO') },
    { meta: 350, column: 'competenceType', after: 'CONCURRENTE' },
  ]
  const copy = editedSeed(edits)
  const matching = match(seed, copy)
  const comparison = compareReports(seed.metas, copy.metas, matching)

  it('matches every meta with itself by position, as versions of one report', () => {
    expect(matching.mode).toBe('versions')
    expect(matching.pairs).toHaveLength(seed.metas.length)
    expect(matching.pairs.every((p) => p.a === p.b && p.basis === 'position' && p.confidence === 1)).toBe(true)
    expect([matching.onlyA, matching.onlyB]).toEqual([[], []])
  })

  it('lists exactly the edited cells: meta, column, before and after, and a number its delta', () => {
    const listed = comparison.changes.map((c) => {
      const pair = matching.pairs[c.pair]!
      return { meta: seed.metas[pair.a]!.cells.no, column: c.column, before: c.before, after: c.after, delta: c.delta }
    })
    const expected = edits.map(({ meta, column, after }) => {
      const before = seed.metas[meta]!.cells[column]
      const numeric = column === 'achieved' || column === 'percent'
      return { meta: seed.metas[meta]!.cells.no, column, before, after, delta: numeric ? expect.closeTo(numberOf(after)! - numberOf(before)!, 6) : null }
    })
    expect(listed).toEqual(expected)
  })

  it("gives a pair's changed cells alone", () => {
    const pair = matching.pairs.findIndex((p) => p.a === 4)
    expect(pairChanges(comparison, pair).map((c) => c.column)).toEqual(edits.filter((e) => e.meta === 4).map((e) => e.column))
    expect(pairChanges(comparison, 0)).toEqual([])
  })

  it('counts the pairs changed and the cells per column', () => {
    const metas = new Set(edits.map((e) => e.meta))
    expect(comparison.summary).toMatchObject({
      matched: seed.metas.length,
      changed: metas.size,
      unchanged: seed.metas.length - metas.size,
      onlyA: 0,
      onlyB: 0,
      changedCells: edits.length,
      unsure: 0,
    })
    for (const e of edits) expect(comparison.summary.changedCellsByColumn[e.column]).toBe(edits.filter((x) => x.column === e.column).length)
  })

  it('does not count a number written another way as a change', () => {
    const planned = seed.metas[0]!.cells.planned
    const rewritten = editedSeed([{ meta: 0, column: 'planned', after: `${planned},00` }])
    expect(numberOf(`${planned},00`)).toBe(numberOf(planned))
    expect(compareReports(seed.metas, rewritten.metas, match(seed, rewritten)).changes).toEqual([])
  })
})

describe('the seed against a copy with metas reordered, reworded, removed and added', () => {
  const rows = seedCopyRows()
  const removed = [10, 77, 150, 333]
  // Descriptions of five words or more, reworded the way another year's report says the same goal.
  const reworded = [2, 40, 121, 200, 301]
  const reword = (text: string) => ['ALCANZAR', ...text.split(' ').slice(1, -1), 'EN EL DISTRITO'].join(' ')
  const kept: CopyRow[] = rows
    .filter((r) => !removed.includes(r.from!))
    .map((r) => (reworded.includes(r.from!) ? withCell(r, 'description', reword(seed.metas[r.from!]!.cells.description)) : r))
  // Reordered: every objective's metas in reverse, and the objectives in reverse too.
  kept.reverse()
  const added = [
    newMeta(rows[0]!, '901', 'CONSTRUIR 12 PUENTES PEATONALES EN LA PARROQUIA CALDERÓN', 'NÚMERO DE PUENTES PEATONALES CONSTRUIDOS'),
    newMeta(rows[60]!, '902', 'CAPACITAR A 4.000 COMERCIANTES AUTÓNOMOS EN BIOSEGURIDAD', 'COMERCIANTES AUTÓNOMOS CAPACITADOS'),
    newMeta(rows[250]!, '903', 'REFORESTAR 80 HECTÁREAS DE QUEBRADAS DEL SUR', 'HECTÁREAS REFORESTADAS'),
  ]
  const copyRows = [...kept.slice(0, 100), added[0]!, ...kept.slice(100, 200), added[1]!, ...kept.slice(200), added[2]!]
  const copy = copyReport(copyRows)
  const origin = copyRows.map((r) => r.from)

  for (const mode of ['years', 'versions'] as const) {
    it(`matching by ${mode === 'years' ? 'description and indicator' : 'position and number'} pairs every kept meta with its original and lists the removed and added ones`, () => {
      const matching = match(seed, copy, mode)
      expect(matching.pairs).toHaveLength(seed.metas.length - removed.length)
      for (const pair of matching.pairs) expect(pair.a).toBe(origin[pair.b])
      expect(matching.onlyA).toEqual([...removed].sort((x, y) => x - y))
      expect(matching.onlyB.map((b) => copy.metas[b]!.cells.no)).toEqual(added.map((r) => r.cells[seed.source.columns.indexOf('no')]))
    })
  }

  it('matches the reworded metas with high confidence, by their text', () => {
    const matching = match(seed, copy, 'years')
    const pairs = matching.pairs.filter((p) => reworded.includes(p.a))
    expect(pairs.map((p) => p.a).sort((x, y) => x - y)).toEqual(reworded)
    for (const pair of pairs) {
      expect(pair.basis).toBe('text')
      expect(pair.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE)
      expect(pair.confidence).toBeLessThan(1)
    }
    const comparison = compareReports(seed.metas, copy.metas, matching)
    expect(comparison.changes.filter((c) => c.column === 'description').map((c) => matching.pairs[c.pair]!.a)).toEqual(expect.arrayContaining(reworded))
    expect(comparison.summary).toMatchObject({ onlyA: removed.length, onlyB: added.length })
  })

  it('reports progress that only moves forward and ends at its total', () => {
    const seen: [number, number][] = []
    matchMetas(
      seed.metas.map((m) => m.cells),
      copy.metas.map((m) => m.cells),
      { mode: 'years', onProgress: (done, total) => seen.push([done, total]) },
    )
    expect(seen.length).toBeGreaterThan(1)
    const total = seen[0]![1]
    expect(seen.every(([, t]) => t === total)).toBe(true)
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((x, y) => x - y))
    expect(seen.at(-1)).toEqual([total, total])
  })
})

describe("the user's choices", () => {
  const copy = editedSeed([{ meta: 3, column: 'achieved', after: '1' }])
  const matching = match(seed, copy)

  it('unpairing leaves both metas without a partner, and the comparison follows', () => {
    const unpaired = applyChoices(matching, [{ a: 3, b: null }], seed.metas.length, copy.metas.length)
    expect([unpaired.onlyA, unpaired.onlyB]).toEqual([[3], [3]])
    const comparison = compareReports(seed.metas, copy.metas, unpaired)
    expect(comparison.summary).toMatchObject({ matched: seed.metas.length - 1, changed: 0, onlyA: 1, onlyB: 1 })
  })

  it('re-pairing makes the chosen pair and frees the partners it took', () => {
    const repaired = applyChoices(matching, [{ a: 3, b: 5 }], seed.metas.length, copy.metas.length)
    expect(repaired.pairs.find((p) => p.a === 3)).toEqual({ a: 3, b: 5, basis: 'user', confidence: 1 })
    expect([repaired.onlyA, repaired.onlyB]).toEqual([[5], [3]])
    expect(repaired.pairs.map((p) => p.b)).toEqual([...repaired.pairs.map((p) => p.b)].sort((x, y) => x - y))
  })
})
