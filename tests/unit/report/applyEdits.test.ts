// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../src/report/applyEdits'
import { metaValues } from '../../../src/report/metaValues'
import { parseOk, seedReport, seedRows } from '../../fixtures/seedReport'
import { toCsv, utf8 } from './sourceCopies'

const seed = seedReport()

describe('applyEdits', () => {
  it('replaces only the edited metas and shares everything else', () => {
    const edited = applyEdits(seed, [{ meta: 3, column: 'achieved', after: '90000' }])
    expect(edited).not.toBe(seed)
    expect(edited.source).toBe(seed.source)
    expect(edited.metas[3]).not.toBe(seed.metas[3])
    expect(edited.metas[3]!.cells).toEqual({ ...seed.metas[3]!.cells, achieved: '90000' })
    expect(edited.metas.filter((m, i) => m !== seed.metas[i])).toHaveLength(1)
    expect(seed.metas[3]!.cells.achieved).toBe('81541')
  })

  it('lets a later edit of the same cell win', () => {
    const edited = applyEdits(seed, [
      { meta: 0, column: 'planned', after: '4' },
      { meta: 0, column: 'result', after: 'texto' },
      { meta: 0, column: 'planned', after: '5' },
    ])
    expect(edited.metas[0]!.cells.planned).toBe('5')
    expect(edited.metas[0]!.cells.result).toBe('texto')
  })

  it('returns the same report when no edit changes anything or names a meta the report lacks', () => {
    expect(applyEdits(seed, [])).toBe(seed)
    expect(applyEdits(seed, [{ meta: 0, column: 'planned', after: seed.metas[0]!.cells.planned }])).toBe(seed)
    expect(
      applyEdits(seed, [
        { meta: 351, column: 'planned', after: '1' },
        { meta: -1, column: 'planned', after: '1' },
      ]),
    ).toBe(seed)
  })

  it('keeps the raw cells of a wrong-shaped row in step with an edit', () => {
    const rows = seedRows()
    const line = seed.metas[0]!.line - 1
    rows[line] = rows[line]!.slice(0, 9)
    const report = parseOk(utf8(toCsv(rows, ';')))
    expect(report.metas[0]!.rawCells).toHaveLength(9)
    const edited = applyEdits(report, [{ meta: 0, column: 'contribution', after: 'aporte' }])
    expect(edited.metas[0]!.rawCells).toEqual([...rows[line]!, '', 'aporte'])
  })
})

describe('metaValues', () => {
  it('parses the numbers of a meta the Ecuadorian way and computes achieved / planned', () => {
    const meta46 = seed.metas.find((m) => m.cells.no === '46')!
    expect(metaValues(meta46)).toEqual({ no: 46, planned: 21447.91, achieved: 0, percent: 0, computedPercent: 0 })
    const v = metaValues(seed.metas[1]!)
    expect(v).toMatchObject({ no: 2, planned: 500, achieved: 703, percent: 140.6 })
    expect(v.computedPercent).toBeCloseTo(140.6, 10)
  })

  it('gives null for text in a numeric cell and for a zero plan', () => {
    const shifted = seed.metas.find((m) => m.cells.no === '54')!
    expect(metaValues(shifted)).toMatchObject({ planned: null, computedPercent: null })
    const zero = applyEdits(seed, [{ meta: 0, column: 'planned', after: '0' }]).metas[0]!
    expect(metaValues(zero)).toMatchObject({ planned: 0, computedPercent: null })
  })

  it('computes once per meta object and again for an edited meta', () => {
    const meta = seed.metas[2]!
    expect(metaValues(meta)).toBe(metaValues(meta))
    const edited = applyEdits(seed, [{ meta: 2, column: 'achieved', after: '2' }]).metas[2]!
    expect(metaValues(edited).achieved).toBe(2)
    expect(metaValues(meta).achieved).toBe(5)
  })
})
