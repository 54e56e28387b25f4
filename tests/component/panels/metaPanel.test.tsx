import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { UndoRedoButtons } from '../../../src/features/workspace/UndoRedoButtons'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { renderWithView } from './renderWithView'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()

/** The panel's one meta heading, whichever meta it names. */
const metaHeading = () => screen.getByRole('heading', { level: 2, name: /^Meta N\.º / })

function renderPanels(url = '/?meta=1') {
  return renderWithView(
    report,
    <>
      <UndoRedoButtons />
      <SidePanelArea />
    </>,
    url,
  )
}

describe('meta panel', () => {
  test('shows the selected meta with its narratives in full and their character counts', () => {
    renderPanels()
    const first = report.metas[0]
    expect(metaHeading().textContent).toBe(`Meta N.º ${first.cells.no}`)
    const result = screen.getByRole('textbox', { name: 'Descripción del resultado' })
    expect((result as HTMLTextAreaElement).value).toBe(first.cells.result)
    // The count is the field's description: what a screen reader says after the text.
    expect(document.getElementById(result.getAttribute('aria-describedby')!)?.textContent).toBe(`${[...first.cells.result].length} caracteres`)
  })

  test('its heading and meta arrows are part of the panel, not a second banner landmark beside the page’s header', () => {
    renderPanels()
    const panel = screen.getByRole('region', { name: `Meta N.º ${report.metas[0].cells.no}` })
    expect(within(panel).getByRole('button', { name: 'Meta siguiente' })).toBeDefined()
    expect(screen.queryAllByRole('banner')).toEqual([])
  })

  test('editing a narrative and leaving the field commits it, marks it edited and shows the changed words', async () => {
    const user = userEvent.setup()
    renderPanels()
    const area = screen.getByRole('textbox', { name: 'Aporte al plan de desarrollo' })
    await user.clear(area)
    await user.type(area, 'Texto corregido por la Secretaría')
    await user.tab()
    expect((screen.getByRole('textbox', { name: /Aporte al plan de desarrollo/ }) as HTMLTextAreaElement).value).toBe('Texto corregido por la Secretaría')
    // Only the narrative just edited is marked: one "editado" for one edited field.
    expect(screen.getAllByText('editado')).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Comparar con el original' }))
    const compare = screen.getByRole('group', { name: 'Cambios frente al original' })
    // Marked words are also announced as added or removed, not only styled.
    expect(within(compare).getByText(/Secretaría/, { selector: 'ins' }).textContent).toBe('[añadido: Secretaría]')
    expect(within(compare).getByText(/Garantiza/, { selector: 'del' }).textContent).toMatch(/^\[quitado: Garantiza .*\]$/)
  })

  test('Escape discards a narrative being typed and nothing is committed', async () => {
    const user = userEvent.setup()
    renderPanels()
    const area = screen.getByRole('textbox', { name: 'Descripción del resultado' })
    await user.type(area, ' añadido')
    await user.keyboard('{Escape}')
    await user.tab()
    expect((area as HTMLTextAreaElement).value).toBe(report.metas[0].cells.result)
    expect(screen.queryByText('editado')).toBeNull()
  })

  test('next and previous step through the metas of the view, also with Alt+arrows', async () => {
    const user = userEvent.setup()
    renderPanels()
    await user.click(screen.getByRole('button', { name: 'Meta siguiente' }))
    expect(metaHeading().textContent).toBe(`Meta N.º ${report.metas[1].cells.no}`)
    expect(screen.getByText(/ en la vista$/).textContent).toBe(`2 de ${report.metas.length} en la vista`)
    screen.getByRole('textbox', { name: 'Descripción del resultado' }).focus()
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(metaHeading().textContent).toBe(`Meta N.º ${report.metas[0].cells.no}`)
    expect((screen.getByRole('button', { name: 'Meta anterior' }) as HTMLButtonElement).disabled).toBe(true)
  })

  test('undo after a narrative edit brings the original text back as one step, redo applies it again', async () => {
    const user = userEvent.setup()
    renderPanels()
    const area = screen.getByRole('textbox', { name: 'Descripción del resultado' }) as HTMLTextAreaElement
    await user.type(area, ' Ajuste final.')
    await user.tab()
    expect(area.value).toBe(`${report.metas[0].cells.result} Ajuste final.`)
    await user.click(screen.getByRole('button', { name: 'Deshacer' }))
    expect(area.value).toBe(report.metas[0].cells.result)
    expect(screen.queryByText('editado')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Rehacer' }))
    expect(area.value).toBe(`${report.metas[0].cells.result} Ajuste final.`)
  })

  test('the review status and a comment are kept for the meta, and another meta has its own', async () => {
    const user = userEvent.setup()
    renderPanels()
    await user.click(screen.getByRole('radio', { name: 'Requiere corrección' }))
    await user.type(screen.getByRole('textbox', { name: 'Nuevo comentario' }), 'Revisar el total cumplido')
    await user.click(screen.getByRole('button', { name: 'Comentar' }))
    const thread = screen.getByRole('list', { name: 'Comentarios' })
    // One comment in the thread, and it is this one.
    expect(
      within(thread)
        .getAllByRole('listitem')
        .map((c) => within(c).queryByText('Revisar el total cumplido') !== null),
    ).toEqual([true])
    await user.click(screen.getByRole('button', { name: 'Meta siguiente' }))
    expect((screen.getByRole('radio', { name: 'Sin revisar' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.queryByText('Revisar el total cumplido')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Meta anterior' }))
    expect((screen.getByRole('radio', { name: 'Requiere corrección' }) as HTMLInputElement).checked).toBe(true)
  })

  test('an empty comment is refused with a message', async () => {
    const user = userEvent.setup()
    renderPanels()
    await user.click(screen.getByRole('button', { name: 'Comentar' }))
    expect(screen.getByRole('alert').textContent).toBe('Escriba el comentario antes de enviarlo.')
  })
})
