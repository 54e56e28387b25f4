import { describe, expect, test } from 'vitest'
import { computeView, facetKey, unitCounts } from '../../../../src/report/view/computeView'
import { metaUnits, NO_UNIT } from '../../../../src/report/team/metaUnits'
import { DEFAULT_VIEW, EMPTY_FILTERS, visibleColumns, type ViewSpec } from '../../../../src/report/view/viewSpec'
import { seedReport } from '../../../fixtures/seedReport'

const seed = seedReport()
const view = (patch: Partial<ViewSpec>): ViewSpec => ({ ...DEFAULT_VIEW, ...patch })
const salud = { id: 'u-salud', name: 'Secretaría de Salud' }
const ambiente = { id: 'u-ambiente', name: 'Secretaría de Ambiente' }
const educacion = { id: 'u-educacion', name: 'Secretaría de Educación' }

// The metas of the report's first objective go to Salud, those of its last to Ambiente; the rest stay unassigned.
const firstObjective = facetKey(seed.metas[0]!.cells.objective)
const lastObjective = facetKey(seed.metas.at(-1)!.cells.objective)
const assigned = new Map<number, string>()
for (const m of seed.metas) {
  if (facetKey(m.cells.objective) === firstObjective) assigned.set(m.id, salud.id)
  else if (facetKey(m.cells.objective) === lastObjective) assigned.set(m.id, ambiente.id)
}
const context = { units: metaUnits(assigned, [salud, ambiente, educacion]) }
const countOf = (unit: string) => [...assigned.values()].filter((u) => u === unit).length

describe('the unit responsible for each meta, in the view', () => {
  test('filtering by a unit keeps its metas; «Sin asignar» keeps those of no unit', () => {
    const saludRows = computeView(seed, view({ filters: { ...EMPTY_FILTERS, unit: [salud.id] } }), context)
    expect(saludRows.map((m) => m.id)).toEqual(seed.metas.filter((m) => assigned.get(m.id) === salud.id).map((m) => m.id))
    const none = computeView(seed, view({ filters: { ...EMPTY_FILTERS, unit: [NO_UNIT] } }), context)
    expect(none).toHaveLength(seed.metas.length - assigned.size)
    expect(none.every((m) => !assigned.has(m.id))).toBe(true)
  })

  test('the unit filter counts each unit’s metas among the other filters, like a facet', () => {
    const counts = unitCounts(seed, DEFAULT_VIEW, context)
    expect(counts.get(salud.id)).toBe(countOf(salud.id))
    expect(counts.get(ambiente.id)).toBe(countOf(ambiente.id))
    expect(counts.get(educacion.id)).toBeUndefined()
    expect(counts.get(NO_UNIT)).toBe(seed.metas.length - assigned.size)
    // Its own filter does not narrow its counts; another filter does.
    const filtered = unitCounts(seed, view({ filters: { ...EMPTY_FILTERS, unit: [salud.id], objective: [lastObjective] } }), context)
    expect([...filtered]).toEqual([[ambiente.id, countOf(ambiente.id)]])
  })

  test('sorting by unit orders the units by name in Spanish order, the metas of no unit last', () => {
    const rows = computeView(seed, view({ sort: [{ column: 'unit', desc: false }] }), context)
    const units = rows.map((m) => assigned.get(m.id) ?? null)
    const ambienteCount = countOf(ambiente.id)
    expect(units.slice(0, ambienteCount).every((u) => u === ambiente.id)).toBe(true)
    expect(units.slice(ambienteCount, assigned.size).every((u) => u === salud.id)).toBe(true)
    expect(units.slice(assigned.size).every((u) => u === null)).toBe(true)
  })

  test('the column shows in team mode only, even when a link names it', () => {
    expect(visibleColumns(DEFAULT_VIEW, 0, true)).toContain('unit')
    expect(visibleColumns(DEFAULT_VIEW, 0, false)).not.toContain('unit')
    expect(visibleColumns(view({ columns: ['no', 'unit'] }), 0, false)).toEqual(['no'])
  })
})
