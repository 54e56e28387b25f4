import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { seedReport } from '../../fixtures/seedReport'
import { cellOf, defaultColumnIndex as col, renderGrid } from './renderGrid'

const seed = seedReport()
const grid = () => screen.getByRole('grid')
const metaNo = (no: string) => seed.metas.find((m) => m.cells.no === no)!
/** The cell menu holds these items, in this order, and no other. */
function expectMenu(names: readonly string[]) {
  const menu = within(screen.getByRole('menu', { name: 'Acciones de la celda' }))
  expect(menu.getAllByRole('menuitem')).toEqual(names.map((name) => menu.getByRole('menuitem', { name })))
}

describe('fixes in the cell menu', () => {
  test('a spelling variant is fixed from its cell: the preview in a dialog, Apply focused, one step undone by Ctrl+Z', async () => {
    const user = userEvent.setup()
    // The view of the three CONCURRENTES: metas 149, 150 and 151.
    renderGrid(seed, '/?ctype=concurrentes')
    const cell = () => cellOf(0, col('competenceType'))
    expect(cell().textContent).toBe('CONCURRENTES')
    await user.click(cell())
    fireEvent.contextMenu(cell())
    expectMenu(['Revertir al original', 'Corregir: Escribir «CONCURRENTE»'])
    await user.click(screen.getByRole('menuitem', { name: 'Corregir: Escribir «CONCURRENTE»' }))
    const dialog = screen.getByRole('dialog', { name: 'Corregir la celda' })
    const preview = within(dialog).getByRole('group', { name: 'Corrección de la meta 149' })
    expect(within(preview).getByText('Meta N.º 149 · Tipo de competencia')).toBeDefined()
    expect(within(preview).getByRole('deletion').textContent).toBe('[quitado: CONCURRENTES]')
    expect(within(preview).getByRole('insertion').textContent).toBe('[añadido: CONCURRENTE]')
    expect(document.activeElement).toBe(within(preview).getByRole('button', { name: 'Aplicar' }))
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(cell().textContent).toBe('CONCURRENTE')
    // The edited row stays in the view until it is refreshed, which the grid says in a banner.
    expect(screen.getByText('Corrección aplicada: 1 celda cambiada. Se deshace en un paso.')).toBeDefined()
    expect(document.activeElement).toBe(grid())
    await user.keyboard('{Control>}z{/Control}')
    expect(cell().textContent).toBe('CONCURRENTES')
  })

  test('by keyboard, a missing justification opens the cell editor with "Justificación: " after the result and the caret after it', async () => {
    const user = userEvent.setup()
    renderGrid(seed)
    const nine = metaNo('9')
    await user.click(cellOf(nine.id, col('result')))
    await user.keyboard('{Shift>}{F10}{/Shift}')
    expectMenu(['Revertir al original', 'Corregir: Añadir la justificación…'])
    await user.keyboard('{ArrowDown}{Enter}')
    const editor = screen.getByRole('textbox', { name: 'Editando Descripción del resultado' }) as HTMLTextAreaElement
    expect(editor.value).toBe(`${nine.cells.result} Justificación: `)
    expect(editor.selectionStart).toBe(editor.value.length)
    // Escape leaves the cell as it was: nothing is written for the person.
    await user.keyboard('{Escape}')
    expect(cellOf(nine.id, col('result')).textContent).toBe(nine.cells.result)
  })

  test('every cell of the shifted row offers its realignment; its percentage waits for it', async () => {
    const user = userEvent.setup()
    renderGrid(seed, '/?q=PORCENTAJE%20DE%20AVANCE%20DE%20IMPLEMENTACION')
    expect(cellOf(0, col('no')).textContent).toBe('54')
    await user.click(cellOf(0, col('percent')))
    await user.keyboard('{Shift>}{F10}{/Shift}')
    expectMenu(['Revertir al original', 'Corregir: Realinear la fila…'])
    await user.keyboard('{ArrowDown}{Enter}')
    const preview = within(screen.getByRole('dialog', { name: 'Corregir la celda' })).getByRole('group', { name: 'Corrección de la meta 54' })
    expect(within(preview).getAllByRole('listitem')).toHaveLength(7)
    await user.click(within(preview).getByRole('button', { name: 'Aplicar' }))
    expect(cellOf(0, col('planned')).textContent).toBe('100')
  })
})
