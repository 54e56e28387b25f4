import { describe, expect, it, vi } from 'vitest'
import { findingsOf } from '../../../src/report/findings'
import { checkNumbering } from '../../../src/report/rules/numberingRules'
import { findingSummaries } from '../../../src/ui/view/useViewContext'
import { seedReport } from '../../fixtures/seedReport'

// Counts whole-report checks: checkReport runs the numbering rules once per call.
vi.mock('../../../src/report/rules/numberingRules', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/report/rules/numberingRules')>()
  return { ...original, checkNumbering: vi.fn(original.checkNumbering) }
})

describe('findings shared by the grid and the panels', () => {
  it('checks a report once when both the grid column and the findings panel read it', () => {
    const report = seedReport()
    vi.mocked(checkNumbering).mockClear()
    const summaries = findingSummaries(report)
    const panelFindings = findingsOf(report)
    findingSummaries(report)
    expect(vi.mocked(checkNumbering)).toHaveBeenCalledTimes(1)
    // The grid's per-meta counts add up to the panel's list.
    const counted = [...summaries.values()].reduce((n, s) => n + s.count, 0)
    expect(counted).toBe(panelFindings.length)
  })
})
