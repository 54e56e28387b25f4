import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { formatNumber, formatPercent } from '../../../src/report/numbers'
import { summarize } from '../../../src/report/statistics'
import { SummaryStrip } from '../../../src/features/panels/summary/SummaryStrip'
import { renderWithView } from './renderWithView'
import { parseOk } from '../../fixtures/seedReport'
import { manyMetasText } from '../../fixtures/manyMetas'

// Above the size whose figures wait for the rows and the findings.
const text = manyMetasText(6_000)
const parse = () => parseOk(new TextEncoder().encode(text))

describe('the summary strip of a large view', () => {
  test('says it is calculating, then shows the figures of every meta together with the open findings', async () => {
    const expected = summarize(parse().metas)
    renderWithView(parse(), <SummaryStrip />)
    const strip = screen.getByRole('region', { name: 'Resumen de la vista' })
    const figure = (label: string) => within(strip).getByText(label, { selector: 'dt' }).nextElementSibling
    expect(strip.getAttribute('aria-busy')).toBe('true')
    expect(figure('Metas')?.textContent).toContain('Calculando…')
    await waitFor(() => expect(strip.getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 })
    expect(figure('Metas')?.textContent).toBe(formatNumber(expected.count))
    expect(figure('Media')?.textContent).toBe(expected.mean === null ? '—' : formatPercent(expected.mean, 2))
    expect(figure('Hallazgos abiertos')?.textContent).not.toContain('Calculando…')
  })
})
