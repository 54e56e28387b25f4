// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkReport, checkReportStep, findingsChecked, findingsOf } from '../../../src/report/findings'
import { parseOk } from '../../fixtures/seedReport'
import { editedSeedText } from '../../fixtures/seedCopies'

// The seed with meta 7 numbered 5: findings of every kind (a meta's own, the numbering's, the spellings').
const text = editedSeedText([{ meta: 6, column: 'no', after: '5' }])
const fresh = () => parseOk(new TextEncoder().encode(text))

describe('checking a large report in steps', () => {
  it('finds, step by step, exactly what checking it in one go finds, in the same order', () => {
    const report = fresh()
    let steps = 1
    while (!checkReportStep(report, 0)) steps++
    const whole = checkReport(fresh())
    expect(findingsOf(report)).toEqual(whole)
    expect(whole.map((f) => f.rule)).toEqual(expect.arrayContaining(['numberDuplicate', 'numberMissing', 'categoryVariant', 'justificationMissing']))
    // With no time to spare each step still checks one meta: one step per meta, one per rule across metas, one to put them together.
    expect(steps).toBe(report.metas.length + 3)
  })

  it('is not done until its last step, and done at once for a report already checked', () => {
    const report = fresh()
    expect(checkReportStep(report, 0)).toBe(false)
    expect(findingsChecked(report)).toBe(false)
    while (!checkReportStep(report, 1_000)) expect(findingsChecked(report)).toBe(false)
    expect(findingsChecked(report)).toBe(true)
    expect(checkReportStep(report, 0)).toBe(true)
  })
})
