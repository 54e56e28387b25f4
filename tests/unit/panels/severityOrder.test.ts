import { describe, expect, it } from 'vitest'
import { groupFindings } from '../../../src/features/panels/findings/groupFindings'
import { findingsOf } from '../../../src/report/findings'
import { SEVERITIES, worstSeverity } from '../../../src/report/severities'
import { computeView } from '../../../src/report/view/computeView'
import { DEFAULT_VIEW } from '../../../src/report/view/viewSpec'
import { findingSummaries } from '../../../src/ui/view/useViewContext'
import { seedReport } from '../../fixtures/seedReport'

describe('one order of severities, worst first, everywhere', () => {
  it('the findings panel lists errors, then warnings, then notices, and sorting the grid by findings puts the worst first', () => {
    const report = seedReport()
    const findings = findingsOf(report)
    // The seed has findings of more than one severity, or this would prove nothing.
    expect(new Set(findings.map((f) => f.severity)).size).toBeGreaterThan(1)

    const groups = groupFindings(findings, { severity: null, rule: null, showAcknowledged: true }, () => false)
    const groupRanks = groups.map((g) => SEVERITIES.indexOf(g.severity))
    expect(groupRanks).toEqual([...groupRanks].sort((a, b) => a - b))

    const context = { findings: findingSummaries(report) }
    const sorted = computeView(report, { ...DEFAULT_VIEW, sort: [{ column: 'findings', desc: true }] }, context)
    const worst = sorted.map((m) => worstSeverity(context.findings.get(m.id)?.severities ?? []))
    const sortedRanks = worst.map((s) => (s === null ? SEVERITIES.length : SEVERITIES.indexOf(s)))
    expect(sortedRanks).toEqual([...sortedRanks].sort((a, b) => a - b))
    expect(worst[0]).toBe(groups[0]!.severity)
  })
})
