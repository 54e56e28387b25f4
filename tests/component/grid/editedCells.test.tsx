import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { formatNumber } from '../../../src/report/numbers'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { loadSeed, renderGrid } from './renderGrid'

const seed = loadSeed()
const col = (key: string) => DEFAULT_COLUMNS.indexOf(key as (typeof DEFAULT_COLUMNS)[number])
const grid = () => screen.getByRole('grid')
const cellOf = (row: number, column: number) => within(within(grid()).getAllByRole('row')[row + 1]).getAllByRole('gridcell')[column]
const plannedOf = (row: number) => formatNumber(Number(seed.metas[row].cells.planned.replace(/\./g, '').replace(',', '.')))

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
  expect(cell.querySelector('.grid-edited-mark')?.getAttribute('title')).toBe(`${told}. Revertir al original: Alt+Retroceso o menú contextual`)
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
  expect(screen.getByText('Se revirtió 1 celda al original.')).toBeTruthy()
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
