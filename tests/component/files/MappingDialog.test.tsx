import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { File as NodeFile } from 'node:buffer'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DraftsDb } from '../../../src/drafts/draftsDb'
import { listTemplates } from '../../../src/drafts/mappingTemplates'
import { openDrafts } from '../../../src/drafts/openDrafts'
import { ImportDialog } from '../../../src/features/files/ImportDialog'
import type { ColumnMapping, Report } from '../../../src/report/types'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { DraftsContext } from '../../../src/ui/session/DraftsContext'
import { WorkspacesContext, type WorkspaceCreation, type WorkspacesState } from '../../../src/ui/session/WorkspacesContext'
import { otherLayoutWorkbook } from '../../fixtures/otherLayoutWorkbook'

const FILE_NAME = 'metas-2021.xlsx'

type Create = (bytes: Uint8Array, fileName: string, report?: Report, mapping?: ColumnMapping) => Promise<WorkspaceCreation>

let db: DraftsDb
let create: ReturnType<typeof vi.fn<Create>>
let count = 0

beforeEach(async () => {
  const opening = await openDrafts(() => undefined, `mapping-dialog-${Date.now()}-${++count}`)
  if (!opening.ok) throw new Error(opening.problem)
  db = opening.db
  create = vi.fn<Create>(async (_bytes, fileName, report) => {
    if (!report) throw new Error('the dialog hands over the report it read')
    return {
      ok: true,
      report,
      existed: false,
      workspace: { hash: 'h', fileName, entity: report.entity, year: report.year, metaCount: report.metas.length, createdAt: 0, openedAt: 0 },
    }
  })
})
afterEach(() => {
  db.close()
  vi.restoreAllMocks()
})

/** The browser's file picker answering with the workbook whenever the hidden report input is clicked. */
async function pickerAnswersWorkbook(): Promise<void> {
  const bytes = await otherLayoutWorkbook()
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    if (this.type !== 'file') return
    // jsdom's File cannot stream(); Node's can, as the browser's does.
    Object.defineProperty(this, 'files', { configurable: true, value: [new NodeFile([bytes.slice()], FILE_NAME)] })
    this.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

function renderImport() {
  const workspaces: WorkspacesState = { workspaces: [], current: null, open: () => {}, remove: async () => {}, createWorkspaceFromFile: create }
  render(
    <LanguageProvider initial="es">
      <DraftsContext.Provider value={db}>
        <WorkspacesContext.Provider value={workspaces}>
          <ImportDialog initialFile={null} onClose={() => {}} />
        </WorkspacesContext.Provider>
      </DraftsContext.Provider>
    </LanguageProvider>,
  )
  return screen.getByRole('dialog', { name: 'Importar un informe' })
}

const shown = (select: HTMLElement) => (select as HTMLSelectElement).selectedOptions[0]?.textContent

/** The preview's cell of a report column, in the row of a sheet row. */
function previewCell(dialog: HTMLElement, line: number, column: string): string | null {
  const table = within(dialog).getByRole('table', { name: /^Vista previa/ })
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
  const row = within(table)
    .getByRole('rowheader', { name: String(line) })
    .closest('tr')!
  return row.children[headers.indexOf(column)]!.textContent
}

describe('the mapping step of an import', () => {
  it('proposes the sheet, header and columns; the user corrects one, sees the preview follow and a missing column named; confirming reads the file and keeps a template', async () => {
    await pickerAnswersWorkbook()
    const user = userEvent.setup()
    const importDialog = renderImport()
    await user.click(within(importDialog).getByRole('button', { name: 'Elegir archivo…' }))
    const dialog = await screen.findByRole('dialog', { name: `Columnas de «${FILE_NAME}»` })

    expect(shown(within(dialog).getByRole('combobox', { name: 'Hoja' }))).toBe('Metas 2021 (43 filas)')
    expect(shown(within(dialog).getByRole('combobox', { name: 'Fila de la cabecera' }))).toMatch(/^3: N\.º · Meta POA · Objetivo estratégico/)
    expect(within(dialog).getByRole('checkbox', { name: /dos filas/ })).toHaveProperty('checked', false)
    expect(shown(within(dialog).getByRole('combobox', { name: 'Total planificado' }))).toBe('G: Planificado')
    const fulfillment = within(dialog).getByRole('combobox', { name: 'Cumplimiento' })
    expect(shown(fulfillment)).toBe('I: % de cumplimiento presupuestario')
    // Meta 2 is sheet row 5: the budget figure shows where its fulfillment should be.
    expect(previewCell(dialog, 5, 'Cumplimiento')).toBe('51%')

    await user.selectOptions(fulfillment, 'J: Avance físico')
    expect(previewCell(dialog, 5, 'Cumplimiento')).toBe('140,60%')
    expect(within(dialog).getByText(/^% de cumplimiento presupuestario\. Se conservan/)).toBeDefined()
    expect(previewCell(dialog, 5, '% de cumplimiento presupuestario')).toBe('51%')

    const indicator = within(dialog).getByRole('combobox', { name: 'Indicador' })
    await user.selectOptions(indicator, '— No está en el archivo —')
    const missing = within(dialog).getByRole('region', { name: 'Columnas obligatorias sin asignar' })
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Indicador: dice cómo se mide la meta.'])
    expect(indicator.getAttribute('aria-describedby')).toBe(within(missing).getByRole('listitem').id)
    await user.selectOptions(indicator, 'F: Indicador')
    expect(within(dialog).queryByRole('region', { name: 'Columnas obligatorias sin asignar' })).toBeNull()

    await user.click(within(dialog).getByRole('button', { name: 'Abrir con estas columnas' }))
    const done = await screen.findByText(`Informe «${FILE_NAME}» abierto como espacio de trabajo.`)
    expect(screen.getByRole('dialog', { name: 'Importar un informe' }).contains(done)).toBe(true)
    const [, fileName, report, mapping] = create.mock.calls[0]!
    expect(fileName).toBe(FILE_NAME)
    expect(mapping).toMatchObject({ sheet: 'Metas 2021', headerRow: 3, headerRows: 1, columns: { percent: 9, indicator: 5 } })
    expect(report?.metas.slice(0, 3).map((m) => m.cells.percent)).toEqual(['100,00%', '140,60%', '125,00%'])
    expect(report?.source.extraColumns).toEqual([{ position: 8, header: '% de cumplimiento presupuestario' }])
    await vi.waitFor(async () => expect((await listTemplates(db)).map((t) => t.columns.percent)).toEqual([9]))
  })

  it('opens the same form again without asking, and on request shows the saved template’s columns', async () => {
    await pickerAnswersWorkbook()
    const user = userEvent.setup()
    const importDialog = renderImport()
    await user.click(within(importDialog).getByRole('button', { name: 'Elegir archivo…' }))
    const first = await screen.findByRole('dialog', { name: `Columnas de «${FILE_NAME}»` })
    await user.selectOptions(within(first).getByRole('combobox', { name: 'Cumplimiento' }), 'J: Avance físico')
    await user.click(within(first).getByRole('button', { name: 'Abrir con estas columnas' }))
    await screen.findByText(`Informe «${FILE_NAME}» abierto como espacio de trabajo.`)
    await vi.waitFor(async () => expect(await listTemplates(db)).toHaveLength(1))

    const again = screen.getByRole('dialog', { name: 'Importar un informe' })
    expect(within(again).getByText(/^1 guardada: los archivos de esos formularios se abren sin preguntar/)).toBeDefined()
    await user.click(within(again).getByRole('button', { name: 'Elegir archivo…' }))
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2))
    expect(screen.queryByRole('dialog', { name: `Columnas de «${FILE_NAME}»` })).toBeNull()
    expect(create.mock.calls[1]![3]).toMatchObject({ columns: { percent: 9 } })

    await user.click(within(again).getByRole('checkbox', { name: 'Revisar columnas antes de abrir' }))
    await user.click(within(again).getByRole('button', { name: 'Elegir archivo…' }))
    const review = await screen.findByRole('dialog', { name: `Columnas de «${FILE_NAME}»` })
    expect(within(review).getByText('Propuesta de la plantilla guardada para este formulario.')).toBeDefined()
    expect(shown(within(review).getByRole('combobox', { name: 'Cumplimiento' }))).toBe('J: Avance físico')
    await user.click(within(review).getByRole('button', { name: 'Cancelar' }))
    expect(await screen.findByRole('dialog', { name: 'Importar un informe' })).toBeDefined()
    expect(create).toHaveBeenCalledTimes(2)
  })
})
