import { describe, expect, test } from 'vitest'
import { computeView, facetCounts, facetKey } from '../../../../src/report/view/computeView'
import type { FindingSummary } from '../../../../src/report/view/viewContext'
import { DEFAULT_VIEW, EMPTY_FILTERS, toggleSort, type ViewSpec } from '../../../../src/report/view/viewSpec'
import { metaValues } from '../../../../src/report/metaValues'
import { foldText } from '../../../../src/report/textFold'
import { seedReport } from '../../../fixtures/seedReport'

const seed = seedReport()
const view = (patch: Partial<ViewSpec>): ViewSpec => ({ ...DEFAULT_VIEW, ...patch })

describe('computeView on the embedded report', () => {
  test('the default view lists every meta in report order', () => {
    expect(computeView(seed, DEFAULT_VIEW).map((m) => m.id)).toEqual(seed.metas.map((m) => m.id))
  })

  test('sorting by percentage descending puts the highest fulfillment first and blanks last', () => {
    const rows = computeView(seed, view({ sort: [{ column: 'percent', desc: true }] }))
    const values = rows.map((m) => metaValues(m).percent)
    const numbers = values.filter((v): v is number => v !== null)
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
    expect(values.slice(numbers.length).every((v) => v === null)).toBe(true)
    expect(rows).toHaveLength(seed.metas.length)
  })

  test('sorting numbers compares them as numbers, not as text', () => {
    const rows = computeView(seed, view({ sort: [{ column: 'planned', desc: false }] }))
    const planned = rows.map((m) => metaValues(m).planned).filter((v): v is number => v !== null)
    for (let i = 1; i < planned.length; i++) expect(planned[i]).toBeGreaterThanOrEqual(planned[i - 1])
  })

  test('text sorts in Spanish order ignoring accents and case, ties keep report order', () => {
    const rows = computeView(seed, view({ sort: [{ column: 'description', desc: false }] }))
    const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true })
    for (let i = 1; i < rows.length; i++) {
      const c = collator.compare(rows[i - 1].cells.description.trim(), rows[i].cells.description.trim())
      expect(c).toBeLessThanOrEqual(0)
      if (c === 0) expect(rows[i].id).toBeGreaterThan(rows[i - 1].id)
    }
  })

  test('multi-column sort orders by the second key within equal first keys', () => {
    const rows = computeView(
      seed,
      view({
        sort: [
          { column: 'competenceType', desc: false },
          { column: 'percent', desc: true },
        ],
      }),
    )
    for (let i = 1; i < rows.length; i++) {
      if (rows[i].cells.competenceType.trim() !== rows[i - 1].cells.competenceType.trim()) continue
      const a = metaValues(rows[i - 1]).percent
      const b = metaValues(rows[i]).percent
      if (a !== null && b !== null) expect(b).toBeLessThanOrEqual(a)
    }
  })

  test('the percentage range keeps exactly the metas a plain filter keeps', () => {
    const rows = computeView(seed, view({ filters: { ...EMPTY_FILTERS, percent: { min: null, max: 80 } } }))
    const expected = seed.metas.filter((m) => {
      const p = metaValues(m).percent
      return p !== null && p <= 80
    })
    expect(rows.map((m) => m.id)).toEqual(expected.map((m) => m.id))
    // The bound is inclusive: meta 29 reports exactly "80,00%" (read in the seed) and is kept.
    expect(rows.filter((m) => metaValues(m).percent === 80).map((m) => m.cells.no.trim())).toContain('29')
  })

  test('search ignores accents and case: "gestion" finds metas written "GESTIÓN"', () => {
    const rows = computeView(seed, view({ search: 'gestion' }))
    const expected = seed.metas.filter((m) => Object.values(m.cells).some((c) => foldText(c).includes('gestion')))
    expect(rows.map((m) => m.id)).toEqual(expected.map((m) => m.id))
    expect(rows.some((m) => Object.values(m.cells).some((c) => c.includes('GESTIÓN') || c.includes('gestión')))).toBe(true)
  })

  test('every word of the search must appear in the meta', () => {
    const both = computeView(seed, view({ search: 'ciudadania digitales' }))
    const expected = seed.metas.filter((m) => {
      const all = Object.values(m.cells).map(foldText).join(' ')
      return all.includes('ciudadania') && all.includes('digitales')
    })
    expect(both.map((m) => m.id)).toEqual(expected.map((m) => m.id))
  })

  test('objective facets group texts that differ only by punctuation and count per group', () => {
    const facets = facetCounts(seed, DEFAULT_VIEW, 'objective')
    const keys = new Set(seed.metas.map((m) => facetKey(m.cells.objective)))
    expect(facets).toHaveLength(keys.size)
    expect(facets.reduce((sum, f) => sum + f.count, 0)).toBe(seed.metas.length)
    const first = facets[0]
    expect(first.count).toBe(seed.metas.filter((m) => facetKey(m.cells.objective) === first.key).length)
  })

  test('a facet filter keeps that value and facet counts ignore their own filter', () => {
    const spec = view({ filters: { ...EMPTY_FILTERS, competenceType: ['exclusiva'] } })
    const rows = computeView(seed, spec)
    expect(rows.length).toBe(seed.metas.filter((m) => foldText(m.cells.competenceType) === 'exclusiva').length)
    const counts = facetCounts(seed, spec, 'competenceType')
    expect(counts.reduce((sum, f) => sum + f.count, 0)).toBe(seed.metas.length)
    const objectiveCounts = facetCounts(seed, spec, 'objective')
    expect(objectiveCounts.reduce((sum, f) => sum + f.count, 0)).toBe(rows.length)
  })

  test('filters combine: facet, range and search all apply', () => {
    const spec = view({ search: 'servicios', filters: { ...EMPTY_FILTERS, competenceType: ['exclusiva'], achieved: { min: 1, max: null } } })
    const expected = seed.metas.filter(
      (m) => foldText(m.cells.competenceType) === 'exclusiva' && (metaValues(m).achieved ?? -1) >= 1 && Object.values(m.cells).some((c) => foldText(c).includes('servicios')),
    )
    expect(computeView(seed, spec).map((m) => m.id)).toEqual(expected.map((m) => m.id))
  })

  test('findings, band and review status filters use what the context knows', () => {
    const findings = new Map<number, FindingSummary>([
      [3, { count: 2, severities: ['error', 'warning'], worstRank: 2 }],
      [7, { count: 1, severities: ['warning'], worstRank: 1 }],
    ])
    const context = { findings, band: (m: { id: number }) => (m.id % 2 === 0 ? 'even' : 'odd'), reviewStatus: (id: number) => (id === 5 ? 'reviewed' : 'pending') }
    const ids = (patch: Partial<typeof EMPTY_FILTERS>) => computeView(seed, view({ filters: { ...EMPTY_FILTERS, ...patch } }), context).map((m) => m.id)
    expect(ids({ hasFindings: true })).toEqual([3, 7])
    expect(ids({ hasFindings: false })).toHaveLength(seed.metas.length - 2)
    expect(ids({ severity: ['error'] })).toEqual([3])
    expect(ids({ reviewStatus: ['reviewed'] })).toEqual([5])
    expect(ids({ band: ['odd'] })).toEqual(seed.metas.filter((m) => m.id % 2 === 1).map((m) => m.id))
    const byFindings = computeView(seed, view({ sort: [{ column: 'findings', desc: true }] }), context)
    expect(byFindings.slice(0, 2).map((m) => m.id)).toEqual([3, 7])
  })
})

describe('toggleSort', () => {
  test('a plain click cycles ascending, descending, off', () => {
    const a = toggleSort([], 'percent', false)
    expect(a).toEqual([{ column: 'percent', desc: false }])
    const b = toggleSort(a, 'percent', false)
    expect(b).toEqual([{ column: 'percent', desc: true }])
    expect(toggleSort(b, 'percent', false)).toEqual([])
  })

  test('shift-click adds a second key and keeps the first', () => {
    const a = toggleSort([{ column: 'objective', desc: false }], 'percent', true)
    expect(a).toEqual([
      { column: 'objective', desc: false },
      { column: 'percent', desc: false },
    ])
    expect(toggleSort(a, 'objective', false)).toEqual([{ column: 'objective', desc: true }])
  })
})
