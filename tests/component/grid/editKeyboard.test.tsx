import { act, createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { formatNumber } from '../../../src/report/numbers'
import { seedReport } from '../../fixtures/seedReport'
import { announcement, cellOf, defaultColumnIndex as col, renderGrid, shownNumber } from './renderGrid'

const seed = seedReport()

const grid = () => screen.getByRole('grid')
/** The gridcell aria-activedescendant points at. */
const active = () => document.getElementById(grid().getAttribute('aria-activedescendant') ?? '')

async function focusCell(user: ReturnType<typeof userEvent.setup>, row: number, column: number) {
  await user.click(cellOf(row, column))
  expect(active()).toBe(cellOf(row, column))
}

test('arrow keys, Home/End and Ctrl+Home/End move the active cell', async () => {
  const user = userEvent.setup()
  const { params } = renderGrid(seed)
  await focusCell(user, 0, 0)
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}')
  expect(active()).toBe(cellOf(2, 1))
  await user.keyboard('{End}')
  expect(active()).toBe(cellOf(2, DEFAULT_COLUMNS.length - 1))
  await user.keyboard('{Home}{ArrowUp}')
  expect(active()).toBe(cellOf(1, 0))
  await user.keyboard('{Control>}{End}{/Control}')
  // The last row is far below jsdom's viewport; the selected meta (what the side panel shows) tells where the cell went.
  await waitFor(() => expect(params().get('meta')).toBe(String(seed.metas.length)))
  await user.keyboard('{Control>}{Home}{/Control}')
  expect(active()).toBe(cellOf(0, 0))
})

test('the grid tells assistive technology its size and each row its position', () => {
  renderGrid(seed)
  expect(grid().getAttribute('aria-rowcount')).toBe(String(seed.metas.length + 1))
  expect(grid().getAttribute('aria-colcount')).toBe(String(DEFAULT_COLUMNS.length))
  expect(within(grid()).getAllByRole('row')[1].getAttribute('aria-rowindex')).toBe('2')
})

test('typing 1.234,5 into the planned total and pressing Enter stores 1234.5 and marks the cell edited', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('planned'))
  await user.keyboard('1.234,5{Enter}')
  const cell = cellOf(0, col('planned'))
  expect(cell.textContent).toContain(formatNumber(1234.5))
  const before = shownNumber(seed.metas[0].cells.planned)
  expect(cell.getAttribute('aria-description')).toBe(`Editado: ${before} → ${formatNumber(1234.5)}`)
  // The row's achieved total over the new planned total now disagrees with the reported percentage.
  expect(cellOf(0, col('computedPercent')).textContent).not.toBe('')
  expect(active()).toBe(cellOf(1, col('planned')))
})

test('Escape cancels an edit and leaves the cell as it was', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  const before = cellOf(0, col('achieved')).textContent
  await focusCell(user, 0, col('achieved'))
  await user.keyboard('{Enter}')
  const editor = screen.getByRole('textbox', { name: 'Editando Total cumplido' })
  await user.clear(editor)
  await user.type(editor, '999{Escape}')
  expect(screen.queryByRole('textbox', { name: /Editando/ })).toBeNull()
  expect(cellOf(0, col('achieved')).textContent).toBe(before)
  expect(cellOf(0, col('achieved')).hasAttribute('aria-description')).toBe(false)
})

test('text that is not a number is refused with a message and the editor stays open', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('achieved'))
  await user.keyboard('12abc{Enter}')
  expect(screen.getByRole('alert').textContent).toContain('No es un número')
  const editor = screen.getByRole('textbox', { name: 'Editando Total cumplido' })
  expect(editor.getAttribute('aria-invalid')).toBe('true')
  await user.clear(editor)
  await user.type(editor, '33,3{Tab}')
  expect(cellOf(0, col('achieved')).textContent).toContain('33,3')
  expect(active()).toBe(cellOf(0, col('achieved') + 1))
})

test('an Enter that ends an IME or dead-key composition does not save the cell', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('description'))
  await user.keyboard('{F2}')
  const editor = screen.getByRole('textbox', { name: 'Editando Descripción de la meta' })
  fireEvent.compositionStart(editor)
  fireEvent.change(editor, { target: { value: `${seed.metas[0].cells.description} á` } })
  fireEvent.keyDown(editor, { key: 'Enter', isComposing: true, keyCode: 229 })
  fireEvent.compositionEnd(editor, { data: 'á' })
  expect(screen.getByRole('textbox', { name: 'Editando Descripción de la meta' })).toBe(editor)
  fireEvent.keyDown(editor, { key: 'Enter' })
  expect(cellOf(0, col('description')).textContent).toContain(`${seed.metas[0].cells.description} á`)
})

test('a dead key opens the editor empty and lets the composed letter in', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 1, col('indicator'))
  fireEvent.keyDown(grid(), { key: 'Dead', code: 'Quote' })
  const editor = screen.getByRole('textbox', { name: 'Editando Indicador' }) as HTMLTextAreaElement
  expect(editor.value).toBe('')
  expect(document.activeElement).toBe(editor)
})

function paste(text: string) {
  const event = createEvent.paste(grid())
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } })
  act(() => {
    grid().dispatchEvent(event)
  })
}

test('pasting 89,65 and 33,3 stores those numbers, never 8965 or 333, and refuses the invalid cell', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('planned'))
  paste('89,65\t33,3\r\nno es número\t1.234,5\r\n')
  expect(cellOf(0, col('planned')).textContent).toContain('89,65')
  expect(cellOf(0, col('achieved')).textContent).toContain('33,3')
  expect(cellOf(1, col('achieved')).textContent).toContain(formatNumber(1234.5))
  expect(cellOf(1, col('planned')).textContent).toContain(shownNumber(seed.metas[1].cells.planned))
  expect(announcement()).toBe(`Se pegaron 3 celdas; 1 no válida no se pegó: meta ${seed.metas[1].cells.no.trim()} · Total planificado.`)
})

test('copying a range gives tab-separated text as the cells show it', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('planned'))
  await user.keyboard('{Shift>}{ArrowRight}{ArrowDown}{/Shift}')
  let copied = ''
  const event = createEvent.copy(grid())
  Object.defineProperty(event, 'clipboardData', { value: { setData: (_: string, text: string) => (copied = text) } })
  act(() => {
    grid().dispatchEvent(event)
  })
  const expected = [0, 1].map((r) => [cellOf(r, col('planned')).textContent, cellOf(r, col('achieved')).textContent].join('\t')).join('\n')
  expect(copied).toBe(expected)
})

test('an edited row keeps its place under the current sort until the view is reapplied', async () => {
  const user = userEvent.setup()
  renderGrid(seed, '/?sort=-planned')
  const firstId = within(grid()).getAllByRole('row')[1].getAttribute('data-meta')
  await focusCell(user, 0, col('planned'))
  await user.keyboard('0{Enter}')
  expect(within(grid()).getAllByRole('row')[1].getAttribute('data-meta')).toBe(firstId)
  await user.click(screen.getByRole('button', { name: 'Reaplicar orden y filtros' }))
  expect(within(grid()).getAllByRole('row')[1].getAttribute('data-meta')).not.toBe(firstId)
})

test('clicking another cell while editing saves the edit, as in a spreadsheet', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('achieved'))
  await user.keyboard('42')
  await user.click(cellOf(2, col('planned')))
  expect(screen.queryByRole('textbox', { name: /Editando/ })).toBeNull()
  expect(cellOf(0, col('achieved')).textContent).toContain('42')
  expect(active()).toBe(cellOf(2, col('planned')))
})

test('clicking away from a number that does not read drops it and says so', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  const before = cellOf(0, col('achieved')).textContent
  await focusCell(user, 0, col('achieved'))
  await user.keyboard('4x2')
  await user.click(cellOf(2, col('planned')))
  expect(cellOf(0, col('achieved')).textContent).toBe(before)
  expect(announcement()).toMatch(/^No se guardó la celda/)
})

test('ArrowUp from the first row reaches the column header, Enter sorts, ArrowDown returns to the rows', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('planned'))
  await user.keyboard('{ArrowUp}')
  const sortButton = screen.getByRole('button', { name: 'Total planificado' })
  expect(document.activeElement).toBe(sortButton)
  await user.keyboard('{Enter}')
  expect(sortButton.closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe('ascending')
  await user.keyboard('{ArrowRight}')
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Filtrar Total planificado' }))
  await user.keyboard('{ArrowDown}')
  expect(document.activeElement).toBe(grid())
  expect(active()).toBe(cellOf(0, col('planned')))
})

test('AltGr characters of a Spanish keyboard (Ctrl+Alt on Windows) start editing like any letter', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 0, col('indicator'))
  fireEvent.keyDown(grid(), { key: '@', ctrlKey: true, altKey: true })
  expect((screen.getByRole('textbox', { name: 'Editando Indicador' }) as HTMLTextAreaElement).value).toBe('@')
})

test('Shift+Space selects the whole row, and copying it gives every visible cell of the meta', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  await focusCell(user, 1, col('planned'))
  await user.keyboard('{Shift>} {/Shift}')
  expect(screen.queryByRole('textbox', { name: /Editando/ })).toBeNull()
  let copied = ''
  const event = createEvent.copy(grid())
  Object.defineProperty(event, 'clipboardData', { value: { setData: (_: string, text: string) => (copied = text) } })
  act(() => {
    grid().dispatchEvent(event)
  })
  expect(copied.split('\t')).toHaveLength(DEFAULT_COLUMNS.length)
  expect(copied.split('\t')[col('no')]).toBe(seed.metas[1].cells.no)
})
