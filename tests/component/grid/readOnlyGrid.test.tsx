import { act, createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { ReviewGrid } from '../../../src/features/grid/ReviewGrid'
import { ViewCount } from '../../../src/features/grid/ViewCount'
import { foldText } from '../../../src/report/textFold'
import { seedReport } from '../../fixtures/seedReport'
import { luis } from '../../unit/sync/teamBrowsers'
import { account, renderTeam } from '../team/renderTeam'
import { announcement, cellOf, defaultColumnIndex as col, shownNumber } from './renderGrid'

const seed = seedReport()
const REASON_ES = 'Su cuenta es de consulta: puede leer, filtrar, ver los gráficos y exportar, pero no cambiar el informe.'
const REASON_EN = 'Your account is read-only: you can read, filter, see the charts and export, but not change the report.'
const grid = () => screen.getByRole('grid')

function renderReadOnlyGrid(language: 'es' | 'en' = 'es') {
  return renderTeam(
    <>
      <ReviewGrid />
      <footer>
        <ViewCount />
      </footer>
    </>,
    { account: account('consulta', luis), language },
  )
}

function paste(text: string) {
  const event = createEvent.paste(grid())
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } })
  act(() => {
    grid().dispatchEvent(event)
  })
}

describe('the grid of a read-only (consulta) account', () => {
  test('says why beside the grid, in the UI language, and tells assistive technology the grid is read-only', async () => {
    await renderReadOnlyGrid('en')
    expect(screen.getByRole('note', { name: 'Read-only' }).textContent).toBe(REASON_EN)
    expect(grid().getAttribute('aria-readonly')).toBe('true')
  })

  test('typing, Enter, F2, double click, Delete, paste and Alt+Backspace open no editor, change nothing and announce the reason', async () => {
    const user = userEvent.setup()
    const { session } = await renderReadOnlyGrid()
    expect(screen.getByRole('note', { name: 'Solo lectura' }).textContent).toBe(REASON_ES)
    const planned = shownNumber(seed.metas[0]!.cells.planned)
    await user.click(cellOf(0, col('planned')))
    for (const keys of ['7', '{Enter}', '{F2}', '{Delete}', '{Alt>}{Backspace}{/Alt}']) {
      await user.keyboard(keys)
      expect(screen.queryByRole('textbox')).toBeNull()
      expect(announcement()).toBe(REASON_ES)
    }
    await user.dblClick(cellOf(0, col('planned')))
    expect(screen.queryByRole('textbox')).toBeNull()
    await user.keyboard('{Shift>}{ArrowDown}{ArrowRight}{/Shift}{Backspace}')
    paste('89,65\t33,3')
    expect(announcement()).toBe(REASON_ES)
    expect(cellOf(0, col('planned')).textContent).toBe(planned)
    expect(session.getSnapshot().report).toBe(session.original)
    expect(session.changes()).toEqual([])
    expect(session.getSnapshot().save.status).toBe('saved')
  })

  test('the cell menu does not open: Shift+F10 announces the reason and a right click leaves the browser its own menu', async () => {
    const user = userEvent.setup()
    await renderReadOnlyGrid()
    await user.click(cellOf(1, col('achieved')))
    await user.keyboard('{Shift>}{F10}{/Shift}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(announcement()).toBe(REASON_ES)
    // Not cancelled: the browser shows its menu (copy) instead of an empty one of the grid's.
    expect(fireEvent.contextMenu(cellOf(1, col('achieved')))).toBe(true)
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.queryByRole('menuitem', { name: 'Revertir al original' })).toBeNull()
  })

  test('search, sorting and copying keep working', async () => {
    const user = userEvent.setup()
    await renderReadOnlyGrid()
    await user.type(screen.getByRole('searchbox', { name: 'Buscar en las metas' }), 'gestion')
    const expected = seed.metas.filter((m) => Object.values(m.cells).some((c) => foldText(c).includes('gestion'))).length
    await waitFor(() => screen.getByText(`${expected} de ${seed.metas.length} metas`))
    const header = screen.getAllByRole('columnheader')[col('planned')]!
    await user.click(within(header).getByRole('button', { name: 'Total planificado' }))
    expect(header.getAttribute('aria-sort')).toBe('ascending')
    await user.click(cellOf(0, col('no')))
    let copied = ''
    const event = createEvent.copy(grid())
    Object.defineProperty(event, 'clipboardData', { value: { setData: (_: string, text: string) => (copied = text) } })
    act(() => {
      grid().dispatchEvent(event)
    })
    expect(copied).toBe(cellOf(0, col('no')).textContent)
  })
})
