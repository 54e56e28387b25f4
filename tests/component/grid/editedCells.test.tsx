import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { formatNumber } from '../../../src/report/numbers'
import { seedReport } from '../../fixtures/seedReport'
import { announcement, cellOf, defaultColumnIndex as col, renderGrid, shownNumber } from './renderGrid'

const seed = seedReport()
const grid = () => screen.getByRole('grid')
const plannedOf = (row: number) => shownNumber(seed.metas[row].cells.planned)

async function editPlanned(user: ReturnType<typeof userEvent.setup>, row: number, typed: string) {
  await user.click(cellOf(row, col('planned')))
  await user.keyboard(`${typed}{Enter}`)
  await user.keyboard('{ArrowUp}')
}

test('an edited cell tells its original and current values, the Ecuadorian way, in its description and marker', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await editPlanned(user, 0, '2000,5')
  const cell = cellOf(0, col('planned'))
  const told = `Editado: ${plannedOf(0)} → ${formatNumber(2000.5)}`
  expect(cell.getAttribute('aria-description')).toBe(told)
  // The corner marker is hidden from screen readers (the description says it); its tooltip says the same and how to revert.
  expect(within(cell).queryByTitle(`${told}. Revertir al original: Alt+Retroceso o menú contextual`)).not.toBeNull()
})

test('a long narrative is shortened in the tooltip, original and current', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  const original = seed.metas[0].cells.result.replace(/\s+/g, ' ').trim()
  await user.click(cellOf(0, col('result')))
  await user.keyboard('{Enter}')
  const editor = screen.getByRole('textbox', { name: 'Editando Descripción del resultado' }) as HTMLTextAreaElement
  fireEvent.change(editor, { target: { value: `${original} Añadido en la revisión.` } })
  fireEvent.keyDown(editor, { key: 'Enter' })
  const description = cellOf(0, col('result')).getAttribute('aria-description') ?? ''
  const [from, to] = description.replace('Editado: ', '').split(' → ')
  expect(original.length).toBeGreaterThan(60)
  expect(from).toBe(`${original.slice(0, 59).trimEnd()}…`)
  expect(to).toBe(from)
})

test('Alt+Backspace reverts the active edited cell to the original and says so', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await editPlanned(user, 1, '77')
  expect(cellOf(1, col('planned')).textContent).toContain('77')
  await user.keyboard('{Alt>}{Backspace}{/Alt}')
  expect(cellOf(1, col('planned')).textContent).toContain(plannedOf(1))
  expect(cellOf(1, col('planned')).getAttribute('aria-description')).toBeNull()
  expect(announcement()).toBe('Se revirtió 1 celda al original.')
})

test('the cell context menu offers "Revertir al original", by mouse and by Shift+F10, and gives focus back to the grid', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await editPlanned(user, 2, '55')
  fireEvent.contextMenu(cellOf(2, col('planned')))
  const menu = screen.getByRole('menu', { name: 'Acciones de la celda' })
  const item = within(menu).getByRole('menuitem', { name: 'Revertir al original' })
  expect(document.activeElement).toBe(item)
  await user.click(item)
  expect(screen.queryByRole('menu')).toBeNull()
  expect(cellOf(2, col('planned')).textContent).toContain(plannedOf(2))
  expect(document.activeElement).toBe(grid())

  // Nothing left to revert: the item is there but disabled; Escape closes the menu.
  await user.keyboard('{Shift>}{F10}{/Shift}')
  expect(screen.getByRole('menuitem', { name: 'Revertir al original' }).getAttribute('aria-disabled')).toBe('true')
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('menu')).toBeNull()
  expect(document.activeElement).toBe(grid())
})
