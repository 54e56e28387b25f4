import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { File as NodeFile } from 'node:buffer'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { WorkspacesContext, type WorkspacesState } from '../../../src/ui/session/WorkspacesContext'
import { ImportDialog } from '../../../src/features/files/ImportDialog'
import { parseReport } from '../../../src/report/parseReport'
import { seedText } from '../../fixtures/seedReport'

/** Files users bring that are not reports; each must fail with the parser's own message. */
const BAD_FILES: readonly { readonly what: string; readonly name: string; readonly bytes: Uint8Array }[] = [
  { what: 'an empty file', name: 'vacio.txt', bytes: new Uint8Array() },
  { what: 'binary data', name: 'foto.txt', bytes: Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256) },
  { what: 'another table', name: 'notas.csv', bytes: new TextEncoder().encode('nombre;valor\nuno;1\ndos;2\n') },
  // Cut inside a quoted cell: the seed as a ';' CSV whose last quote never closes.
  {
    what: 'a file cut in the middle',
    name: 'cortado.csv',
    bytes: new TextEncoder().encode(`${seedText().split('\n').slice(0, 12).join('\n').replace(/\t/g, ';')}\n1;"texto sin cerrar`),
  },
]

/**
 * Chromium moves focus to <body> when the focused control becomes disabled (HTML's focus fixup),
 * as the "choose file" button does while an import runs; jsdom keeps focus on it, so this does
 * what the browser does.
 */
function emulateFocusFixup(): () => void {
  const observer = new MutationObserver(() => {
    if (document.activeElement?.matches(':disabled')) dropFocus()
  })
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['disabled'] })
  return () => observer.disconnect()
}

/** Focus to <body>. jsdom's blur() ignores a disabled element; a focused element that leaves the page drops focus. */
function dropFocus(): void {
  const sink = document.createElement('span')
  sink.tabIndex = -1
  document.body.append(sink)
  sink.focus()
  sink.remove()
}

/** The browser's file picker answering with `file` when the hidden input is clicked. */
function pickerAnswers(file: File): void {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    if (this.type !== 'file') return
    Object.defineProperty(this, 'files', { configurable: true, value: [file] })
    this.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

const workspaces: WorkspacesState = {
  workspaces: [],
  current: null,
  open: () => {},
  remove: async () => {},
  createWorkspaceFromFile: vi.fn(async () => {
    throw new Error('a file that does not parse must never reach the workspace store')
  }),
}

function renderDialog(onClose: () => void) {
  return render(
    <LanguageProvider initial="es">
      <WorkspacesContext.Provider value={workspaces}>
        <ImportDialog initialFile={null} onClose={onClose} />
      </WorkspacesContext.Provider>
    </LanguageProvider>,
  )
}

let stopFixup: () => void
beforeEach(() => {
  stopFixup = emulateFocusFixup()
})
afterEach(() => {
  stopFixup()
  vi.restoreAllMocks()
})

describe('the import dialog by keyboard', () => {
  it.each(BAD_FILES)('after $what fails, focus is on "Elegir archivo…" with the reason, Tab stays in the dialog and Escape closes it', async ({ name, bytes }) => {
    const parsed = parseReport(bytes, name)
    if (parsed.ok) throw new Error(`${name} parses`)
    // jsdom's File cannot stream(); Node's can, as the browser's does.
    pickerAnswers(new NodeFile([bytes.slice()], name) as unknown as File)
    const onClose = vi.fn()
    const user = userEvent.setup()
    renderDialog(onClose)
    const dialog = screen.getByRole('dialog', { name: 'Importar un informe' })
    const choose = within(dialog).getByRole('button', { name: 'Elegir archivo…' })
    expect(document.activeElement).toBe(choose)

    await user.keyboard('{Enter}')
    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toBe(`No se pudo importar «${name}»: ${parsed.error.message.es}`)
    expect(document.activeElement).toBe(choose)
    const described = (choose.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
    expect(described).toContain(alert.textContent)

    // Four stops, round and round: the title bar's close, the one file control, "review the columns", the footer's close.
    const stops: Element[] = []
    for (let i = 0; i < 8; i++) {
      await user.tab()
      stops.push(document.activeElement!)
    }
    const closes = within(dialog).getAllByRole('button', { name: 'Cerrar' })
    const review = within(dialog).getByRole('checkbox', { name: 'Revisar columnas antes de abrir' })
    expect(stops).toEqual([review, closes[1], closes[0], choose, review, closes[1], closes[0], choose])

    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledOnce()
    expect(workspaces.createWorkspaceFromFile).not.toHaveBeenCalled()
  })

  it('takes Tab and Escape even when focus has fallen out of the dialog onto the page', async () => {
    const onClose = vi.fn()
    const user = userEvent.setup()
    renderDialog(onClose)
    const dialog = screen.getByRole('dialog', { name: 'Importar un informe' })
    dropFocus()
    expect(document.activeElement).toBe(document.body)
    await user.tab()
    expect(dialog.contains(document.activeElement)).toBe(true)
    dropFocus()
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('offers choosing a file as one control: the hidden file input is out of the tab order and of the accessibility tree', () => {
    renderDialog(() => {})
    const dialog = screen.getByRole('dialog', { name: 'Importar un informe' })
    const input = dialog.querySelector('input[type="file"]')!
    expect(input.closest('[aria-hidden="true"]')).not.toBeNull()
    expect((input as HTMLInputElement).tabIndex).toBe(-1)
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['×', 'Elegir archivo…', 'Cerrar'])
  })
})
