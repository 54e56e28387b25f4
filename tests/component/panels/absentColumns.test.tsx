import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { checkReport } from '../../../src/report/findings'
import { proposeReading, toColumnMapping } from '../../../src/report/mapping/proposeReading'
import { parseReport } from '../../../src/report/parseReport'
import { seedReport } from '../../fixtures/seedReport'
import { csvBytes, RENAMED, sketchOf, tableRows } from '../../unit/report/mapping/mappedFixtures'
import { renderWithView } from './renderWithView'

/** Another year's form without the indicator column, read through its proposed mapping. */
async function withoutIndicator() {
  const bytes = csvBytes(tableRows(RENAMED.filter((c) => c.key !== 'indicator')))
  const sketch = await sketchOf(bytes)
  const result = parseReport(bytes, 'poa-2021.csv', { mapping: toColumnMapping(sketch, proposeReading(sketch)) })
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}

test('the findings panel says once which columns the file lacks and what they are for, with no finding per meta for them', async () => {
  const report = await withoutIndicator()
  const user = userEvent.setup()
  renderWithView(report, <SidePanelArea />, '/')
  await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
  const absent = screen.getByRole('region', { name: 'Columnas que el archivo no tiene' })
  expect(
    within(absent)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Indicador (obligatoria): dice cómo se mide la meta.'])
  expect(checkReport(report).filter((f) => f.column === 'indicator')).toEqual([])
})

test('a report of the known layout has no such note', async () => {
  const user = userEvent.setup()
  renderWithView(seedReport(), <SidePanelArea />, '/')
  await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
  expect(screen.getByRole('tab', { name: /Hallazgos/ }).getAttribute('aria-selected')).toBe('true')
  expect(screen.queryByRole('region', { name: 'Columnas que el archivo no tiene' })).toBeNull()
})
