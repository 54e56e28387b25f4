import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { checkReport } from '../../../src/report/findings'
import { formatNumber } from '../../../src/report/numbers'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { renderWithView } from './renderWithView'
import { parseOk } from '../../fixtures/seedReport'
import { manyMetasText } from '../../fixtures/manyMetas'

// Above the size whose findings wait for the rows.
const text = manyMetasText(6_000)
const parse = () => parseOk(new TextEncoder().encode(text))

describe('the findings of a large report', () => {
  test('are checked in steps after the panels are shown, with turns for the page between them, and then counted in the tab', async () => {
    const expected = checkReport(parse()).length
    renderWithView(parse(), <SidePanelArea />)
    // No count while the check runs.
    expect(screen.getByRole('tab', { name: 'Hallazgos' })).toBeTruthy()
    // Tasks the page runs meanwhile (a keystroke, a scroll): one in line after each step of the check.
    let turns = 0
    let ticking = true
    const tick = () => {
      turns++
      if (ticking) setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    await screen.findByRole('tab', { name: `Hallazgos ${formatNumber(expected)}` }, { timeout: 10_000 })
    ticking = false
    // Its metas' own rules (at least one step), each rule across metas, putting them together: four steps at the least.
    expect(turns).toBeGreaterThanOrEqual(4)
  })
})
