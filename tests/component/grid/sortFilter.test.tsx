import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { checkReport } from '../../../src/report/findings'
import { metaValues } from '../../../src/report/metaValues'
import { formatPercent, formatNumber } from '../../../src/report/numbers'
import { foldText } from '../../../src/report/textFold'
import { seedReport } from '../../fixtures/seedReport'
import { renderGrid } from './renderGrid'

const seed = seedReport()
const total = seed.metas.length

function firstRowCell(column: number) {
  const rows = within(screen.getByRole('grid')).getAllByRole('row')
  return within(rows[1]).getAllByRole('gridcell')[column]
}

function headerIndex(name: string) {
  return screen.getAllByRole('columnheader').findIndex((h) => within(h).queryByRole('button', { name }) !== null)
}

test('clicking the fulfillment header sorts ascending, again descending, with aria-sort', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  const col = headerIndex('Cumplimiento')
  const header = screen.getAllByRole('columnheader')[col]
  await user.click(within(header).getByRole('button', { name: 'Cumplimiento' }))
  expect(header.getAttribute('aria-sort')).toBe('ascending')
  const percents = seed.metas.map((m) => metaValues(m).percent).filter((p): p is number => p !== null)
  expect(firstRowCell(col).textContent).toContain(formatPercent(Math.min(...percents)))
  await user.click(within(header).getByRole('button', { name: 'Cumplimiento' }))
  expect(header.getAttribute('aria-sort')).toBe('descending')
  expect(firstRowCell(col).textContent).toContain(formatPercent(Math.max(...percents)))
})

test('shift-click adds a second sort key and keeps the first', async () => {
  const user = userEvent.setup()
  const { params } = renderGrid(seed)
  await user.click(screen.getByRole('button', { name: 'Tipo de competencia' }))
  await user.keyboard('{Shift>}')
  await user.click(screen.getByRole('button', { name: 'Total planificado' }))
  await user.keyboard('{/Shift}')
  // The address follows once the sorted rows are painted.
  await waitFor(() => expect(params().get('sort')).toBe('competenceType.planned'))
  expect(screen.getAllByRole('columnheader').filter((h) => h.getAttribute('aria-sort') === 'ascending')).toHaveLength(2)
})

test('the search ignores accents, highlights matches and updates the count in the status bar', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await user.type(screen.getByRole('searchbox', { name: 'Buscar en las metas' }), 'gestion')
  const expected = seed.metas.filter((m) => Object.values(m.cells).some((c) => foldText(c).includes('gestion'))).length
  await waitFor(() => screen.getByText(`${formatNumber(expected)} de ${total} metas`))
  const marks = screen.getByRole('grid').querySelectorAll('mark')
  expect(marks.length).toBeGreaterThan(0)
  expect([...marks].every((m) => foldText(m.textContent ?? '') === 'gestion')).toBe(true)
})

test('the competence type filter lists each value with its count and filters by it', async () => {
  const user = userEvent.setup()
  const { params } = renderGrid(seed)
  await user.click(screen.getByRole('button', { name: 'Filtrar Tipo de competencia' }))
  const dialog = screen.getByRole('dialog', { name: 'Filtrar Tipo de competencia' })
  const exclusive = seed.metas.filter((m) => foldText(m.cells.competenceType) === 'exclusiva').length
  const option = within(dialog).getByRole('checkbox', { name: `EXCLUSIVA: ${exclusive}` })
  await user.click(option)
  screen.getByText(`${exclusive} de ${total} metas`)
  expect(params().getAll('ctype')).toEqual(['exclusiva'])
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Quitar el filtro Tipo de competencia' }))
  screen.getByText(`${total} de ${total} metas`)
})

test('a percentage range typed the Ecuadorian way keeps the metas inside it', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await user.click(screen.getByRole('button', { name: 'Filtrar Cumplimiento' }))
  const dialog = screen.getByRole('dialog')
  await user.type(within(dialog).getByLabelText('Hasta'), '79,99')
  await user.click(within(dialog).getByRole('button', { name: 'Aplicar' }))
  const expected = seed.metas.filter((m) => {
    const p = metaValues(m).percent
    return p !== null && p <= 79.99
  }).length
  screen.getByText(`${expected} de ${total} metas`)
})

test('a link with view params reopens that view: columns, sort, search', async () => {
  renderGrid(seed, '/?cols=no,description,percent&sort=-percent&q=agua')
  const headers = screen.getAllByRole('columnheader')
  expect(headers.map((h) => h.textContent?.replace(/[▲▼\d]/g, '').trim())).toEqual(['N.º de meta', 'Descripción de la meta', 'Cumplimiento'])
  expect(headers[2].getAttribute('aria-sort')).toBe('descending')
  expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('agua')
})

test('back in history undoes a sort', async () => {
  const user = userEvent.setup()
  const { router } = renderGrid(seed)
  await user.click(screen.getByRole('button', { name: 'Total cumplido' }))
  const header = screen.getAllByRole('columnheader')[headerIndex('Total cumplido')]
  expect(header.getAttribute('aria-sort')).toBe('ascending')
  await waitFor(() => expect(router.state.location.search).toContain('sort=achieved'))
  await act(() => router.navigate(-1))
  expect(header.hasAttribute('aria-sort')).toBe(false)
})

test('hiding a column from the columns menu removes it from the grid and the URL lists the rest', async () => {
  const user = userEvent.setup()
  const { params } = renderGrid(seed)
  await user.click(screen.getByRole('button', { name: 'Columnas' }))
  await user.click(screen.getByRole('checkbox', { name: 'Competencia' }))
  expect(screen.queryByRole('columnheader', { name: /^Competencia/ })).toBeNull()
  expect(params().get('cols')?.split('.')).not.toContain('competence')
  fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
})

test('the findings filter keeps the metas the checker flags, and "error" keeps those with an error', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  const findings = checkReport(seed)
  const withAny = new Set(findings.map((f) => f.meta)).size
  const withError = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.meta)).size
  await user.click(screen.getByRole('button', { name: 'Filtrar Hallazgos' }))
  const dialog = screen.getByRole('dialog', { name: 'Filtrar Hallazgos' })
  await user.click(within(dialog).getByRole('radio', { name: 'Con hallazgos' }))
  screen.getByText(`${withAny} de ${total} metas`)
  await user.click(within(dialog).getByRole('checkbox', { name: 'Error' }))
  screen.getByText(`${withError} de ${total} metas`)
  expect(withError).toBeLessThan(withAny)
})

test('typing a search makes one history entry: Back returns to the view before it', async () => {
  const user = userEvent.setup()
  const { router } = renderGrid(seed)
  await user.click(screen.getByRole('button', { name: 'Total cumplido' }))
  await user.type(screen.getByRole('searchbox', { name: 'Buscar en las metas' }), 'agua')
  await waitFor(() => expect(router.state.location.search).toContain('q=agua'))
  await act(() => router.navigate(-1))
  expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('')
  expect(router.state.location.search).toContain('sort=achieved')
})
