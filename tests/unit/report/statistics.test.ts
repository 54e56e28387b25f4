// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { BAND_LABELS, BANDS, fulfillmentBand, statistics } from '../../../src/report/statistics'
import { seedMetaRows, seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
const stats = statistics(seed.metas)
/** The seed's percentages read straight from the raw rows ("140,60%" -> 140.6). */
const rawPercents = seedMetaRows().map((r) => Number(r[8]!.replace('%', '').replace(/\./g, '').replace(',', '.')))

describe('fulfillmentBand', () => {
  it.each([
    [null, 'none'],
    [0, 'zero'],
    [0.01, 'under50'],
    [49.99, 'under50'],
    [50, '50to79'],
    [79.99, '50to79'],
    [80, '80to99'],
    [99.99, '80to99'],
    [100, 'full'],
    [100.01, 'over100'],
    [325, 'over100'],
  ] as const)('puts %s %% in band %s', (percent, band) => {
    expect(fulfillmentBand(percent)).toBe(band)
  })

  it('labels the bands in display order, in Spanish and English, as the issue names them', () => {
    expect(BANDS.map((b) => BAND_LABELS[b].es)).toEqual(['Sin porcentaje', '0 %', 'Menos de 50 %', '50–79 %', '80–99 %', '100 %', 'Más de 100 %'])
    expect(BANDS.map((b) => BAND_LABELS[b].en)).toEqual(['No percentage', '0 %', 'Under 50 %', '50–79 %', '80–99 %', '100 %', 'Over 100 %'])
  })
})

describe('statistics over the seed', () => {
  it('counts all 351 metas and averages their reported percentages', () => {
    expect(stats.count).toBe(351)
    expect(stats.withPercent).toBe(351)
    const mean = rawPercents.reduce((a, b) => a + b, 0) / rawPercents.length
    expect(stats.mean).toBeCloseTo(mean, 9)
    const sorted = [...rawPercents].sort((a, b) => a - b)
    expect(stats.median).toBe(sorted[175])
  })

  it('sorts the metas into bands that add up to the total', () => {
    const expected = Object.fromEntries(BANDS.map((b) => [b, rawPercents.filter((p) => fulfillmentBand(p) === b).length]))
    expect(stats.bands).toEqual(expected)
    expect(stats.bands.full).toBe(rawPercents.filter((p) => p === 100).length)
    expect(BANDS.reduce((s, b) => s + stats.bands[b], 0)).toBe(351)
  })

  it('groups competence types with CONCURRENTES counted as CONCURRENTE', () => {
    const types = seedMetaRows().map((r) => r[1]!)
    const groups = stats.byCompetenceType.map((g) => [g.label, g.count])
    expect(groups).toEqual([
      ['EXCLUSIVA', types.filter((t) => t === 'EXCLUSIVA').length],
      ['CONCURRENTE', types.filter((t) => t.startsWith('CONCURRENTE')).length],
    ])
  })

  it('groups objectives by folded text: the two spellings of 2.1 Procesos and of 5.2 are one objective each', () => {
    const spellings = new Set(seedMetaRows().map((r) => r[0]))
    expect(spellings.size).toBe(38)
    expect(stats.byObjective).toHaveLength(spellings.size - 2)
    const procesos = stats.byObjective.find((g) => g.shortName.startsWith('Procesos de participación'))!
    expect(procesos.code).toBe('2.1')
    expect(procesos.count).toBe(seedMetaRows().filter((r) => /^2\.1:? Procesos/.test(r[0]!)).length)
    expect(stats.byObjective.reduce((s, g) => s + g.count, 0)).toBe(351)
    for (const g of stats.byObjective) expect(g.metas).toHaveLength(g.count)
  })

  it('gives the mean and median of each objective over its own metas', () => {
    const first = stats.byObjective[0]!
    const percents = first.metas.map((id) => rawPercents[id]!)
    expect(first.mean).toBeCloseTo(percents.reduce((a, b) => a + b, 0) / percents.length, 9)
    expect(first.shortName.length).toBeLessThanOrEqual(61)
  })

  it('returns empty figures for an empty list', () => {
    const empty = statistics([])
    expect(empty).toMatchObject({ count: 0, withPercent: 0, mean: null, median: null, byObjective: [], byCompetenceType: [] })
  })
})
