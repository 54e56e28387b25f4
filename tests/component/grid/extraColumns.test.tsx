import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { proposeReading, toColumnMapping } from '../../../src/report/mapping/proposeReading'
import { parseReportFile } from '../../../src/report/parseReport'
import type { Report } from '../../../src/report/types'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { budgetFraction, otherLayoutWorkbook } from '../../fixtures/otherLayoutWorkbook'
import { sketchOf } from '../../unit/report/mapping/mappedFixtures'
import { cellOf, renderGrid } from './renderGrid'

/** The other layout's workbook read as proposed: its budget percentage taken for the fulfillment, "Avance físico" an extra column. */
async function mappedReport(): Promise<Report> {
  const bytes = await otherLayoutWorkbook()
  const sketch = await sketchOf(bytes)
  const result = await parseReportFile(bytes, 'metas-2021.xlsx', { mapping: toColumnMapping(sketch, proposeReading(sketch)) })
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}

const EXTRA = DEFAULT_COLUMNS.length

test('the file’s own column shows after the report’s, under its header, said to be read-only', async () => {
  renderGrid(await mappedReport())
  const header = screen.getAllByRole('columnheader')[EXTRA]!
  expect(header.textContent).toBe('Avance físico')
  expect(within(header).getByRole('button').title).toBe('Avance físico: columna propia del archivo, de solo lectura. Clic: ordenar.')
  expect([0, 1, 2].map((row) => cellOf(row, EXTRA)!.textContent)).toEqual(['100,00%', '140,60%', '125,00%'])
  expect(screen.getByRole('grid').getAttribute('aria-colcount')).toBe(String(DEFAULT_COLUMNS.length + 1))
})

test('typing on a cell of the file’s own column opens no editor and changes nothing', async () => {
  const user = userEvent.setup()
  renderGrid(await mappedReport())
  await user.click(cellOf(1, EXTRA)!)
  await user.keyboard('{Enter}')
  expect(screen.queryByRole('textbox')).toBeNull()
  await user.keyboard('9')
  expect(screen.queryByRole('textbox')).toBeNull()
  expect(cellOf(1, EXTRA)!.textContent).toBe('140,60%')
})

test('sorting by the file’s own column orders the metas by its text', async () => {
  const user = userEvent.setup()
  const { params } = renderGrid(await mappedReport())
  await user.click(within(screen.getAllByRole('columnheader')[EXTRA]!).getByRole('button'))
  await waitFor(() => expect(params().get('sort')).toBe('extra:0'))
  // "0,00%" sorts first; the proposal's fulfillment column holds the budget figure of each meta.
  expect(cellOf(0, EXTRA)!.textContent).toBe('0,00%')
  expect(cellOf(0, DEFAULT_COLUMNS.indexOf('percent'))!.textContent).toContain(`${Math.round(budgetFraction(4) * 100)}`)
})
