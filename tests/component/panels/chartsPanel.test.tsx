import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { BAND_COLORS } from '../../../src/features/panels/charts/chartColors'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { metaValues } from '../../../src/report/metaValues'
import { formatPercent } from '../../../src/report/numbers'
import { BAND_LABELS, BANDS, statistics } from '../../../src/report/statistics'
import { facetKey } from '../../../src/report/view/computeView'
import { renderWithView } from './renderWithView'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()
const exclusiva = report.metas.filter((m) => m.cells.competenceType.trim() === 'EXCLUSIVA')
const exclusivaKey = facetKey('EXCLUSIVA')

async function openCharts(url: string) {
  const user = userEvent.setup()
  const rendered = renderWithView(report, <SidePanelArea />, url)
  await user.click(screen.getByRole('tab', { name: 'Gráficos' }))
  await screen.findByRole('heading', { name: 'Metas por franja de cumplimiento' }, { timeout: 10_000 })
  return { user, ...rendered }
}

function tableRows(caption: string): Map<string, string[]> {
  const table = screen.getByRole('table', { name: caption })
  const rows = within(table).getAllByRole('row').slice(1)
  return new Map(
    rows.map((r) => {
      const cells = within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? '')
      return [within(r).getByRole('rowheader').textContent ?? '', cells]
    }),
  )
}

describe('charts panel', () => {
  test('for a view filtered to one competence type, the band counts and objective means equal the domain statistics over those metas', async () => {
    const { user } = await openCharts(`/?ctype=${encodeURIComponent(exclusivaKey)}`)
    await user.click(screen.getByRole('button', { name: 'Ver los datos de «Metas por franja de cumplimiento» como tabla' }))
    const bands = tableRows('Metas por franja de cumplimiento')
    const stats = statistics(exclusiva)
    for (const band of BANDS.filter((b) => b !== 'none' || stats.bands.none > 0)) {
      expect(bands.get(BAND_LABELS[band].es)).toEqual([String(stats.bands[band])])
    }
    // Pinned by a plain filter over the seed as well: metas of the view at exactly 100 %.
    const atFull = exclusiva.filter((m) => metaValues(m).percent === 100).length
    expect(bands.get('100 %')).toEqual([String(atFull)])

    await user.click(screen.getByRole('button', { name: 'Ver los datos de «Cumplimiento medio por objetivo» como tabla' }))
    const objectives = tableRows('Cumplimiento medio por objetivo')
    const withMean = stats.byObjective.filter((g) => g.mean !== null)
    expect(objectives.size).toBe(withMean.length)
    for (const g of withMean) {
      const label = g.code === null ? g.shortName : `${g.code} ${g.shortName}`
      expect(objectives.get(label)).toEqual([formatPercent(g.mean), String(g.count)])
    }
  })

  test('objectives that share a code but differ in text are separate bars, each with its code and short name', async () => {
    const { user } = await openCharts('/')
    await user.click(screen.getByRole('button', { name: 'Ver los datos de «Cumplimiento medio por objetivo» como tabla' }))
    const labels = [...tableRows('Cumplimiento medio por objetivo').keys()]
    // The seed uses 2.1 for citizen participation and for protected natural areas (read in the file).
    expect(labels.some((l) => l.startsWith('2.1 Procesos de participación ciudadana'))).toBe(true)
    expect(labels.some((l) => l.startsWith('2.1 Se ha alcanzado la consolidación'))).toBe(true)
  })

  test('clicking a band bar filters the view to that band and clicking it again removes the filter', async () => {
    const { user, params } = await openCharts('/')
    const chart = screen.getByRole('figure', { name: 'Metas por franja de cumplimiento' })
    // One bar per band that holds metas in the whole report.
    const all = statistics(report.metas)
    const filledBands = BANDS.filter((b) => all.bands[b] > 0).length
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle path').length).toBe(filledBands))
    // The bar of the 100 % band, found by its colour (Recharts gives bars no names).
    const fullBar = () => {
      const bar = [...screen.getByRole('figure', { name: 'Metas por franja de cumplimiento' }).querySelectorAll('.recharts-bar-rectangle path')].find(
        (p) => p.getAttribute('fill') === BAND_COLORS.full,
      )
      if (!bar) throw new Error('no bar for the 100 % band')
      return bar
    }
    await user.click(fullBar())
    expect(params().getAll('band')).toEqual(['full'])
    await user.click(fullBar())
    expect(params().getAll('band')).toEqual([])
  })

  test('a competence type in the data table filters the view by that type from the keyboard', async () => {
    const { user, params } = await openCharts('/')
    await user.click(screen.getByRole('button', { name: 'Ver los datos de «Metas por tipo de competencia» como tabla' }))
    const toggle = within(screen.getByRole('table', { name: 'Metas por tipo de competencia' })).getByRole('button', { name: 'EXCLUSIVA' })
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(params().getAll('ctype')).toEqual([exclusivaKey])
  })
})
