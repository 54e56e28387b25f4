import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { ExportDialog, type ExportTarget } from '../../../src/features/files/ExportDialog'
import { columnDef } from '../../../src/report/columns'
import { splitRecords } from '../../../src/report/splitRecords'
import { DEFAULT_VIEW } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()
const spec = { ...DEFAULT_VIEW, columns: ['no', 'objective'] as const }
const current: ExportTarget = { id: 'current', name: 'Vista actual', fileLabel: 'vista-filtrada', spec: { ...spec, columns: [...spec.columns] }, metas: report.metas.slice(0, 10) }
const saved: ExportTarget = { id: 'saved:1', name: 'Primeras tres', fileLabel: 'Primeras tres', spec: { ...spec, columns: ['no'] }, metas: report.metas.slice(0, 3) }

/** Keeps the blobs the dialog hands to the browser as downloads. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  return blobs
}

/** The file name the dialog shows for the chosen view and format (the name given to the download). */
const shownFileName = (label: string) => screen.getByText(new RegExp(`^${label}:`)).textContent!.slice(label.length + 2)

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('the export dialog', () => {
  it('exports the chosen view as CSV and says which file was downloaded', async () => {
    const blobs = captureDownloads()
    const user = userEvent.setup()
    render(
      <LanguageProvider initial="es">
        <ExportDialog report={report} targets={[current, saved]} onClose={() => {}} />
      </LanguageProvider>,
    )
    // It opens on the current view.
    const dialog = screen.getByRole('dialog', { name: 'Exportar la vista' })
    expect((within(dialog).getByRole('radio', { name: /Vista actual/ }) as HTMLInputElement).checked).toBe(true)
    await user.click(screen.getByRole('radio', { name: /Primeras tres/ }))
    await user.click(screen.getByRole('radio', { name: 'CSV con coma' }))
    expect(shownFileName('Nombre del archivo')).toMatch(/^rendicion-cuentas-2020-quito_primeras-tres_\d{4}-\d{2}-\d{2}\.csv$/)
    await user.click(screen.getByRole('radio', { name: 'CSV con punto y coma (Excel en español)' }))
    expect(shownFileName('Nombre del archivo')).toMatch(/^rendicion-cuentas-2020-quito_primeras-tres_\d{4}-\d{2}-\d{2}_excel\.csv$/)
    await user.click(screen.getByRole('radio', { name: 'CSV con coma' }))
    await user.click(screen.getByRole('button', { name: 'Exportar' }))
    const done = await screen.findByText(/^Descargado: rendicion-cuentas-2020-quito_primeras-tres_/)
    // Announced, and naming the file the dialog showed.
    expect(done.getAttribute('role')).toBe('status')
    expect(done.textContent).toBe(`Descargado: ${shownFileName('Nombre del archivo')}`)
    const rows = splitRecords(await blobs[0]!.text(), ',').records.map((r) => r.cells)
    expect(rows).toEqual([[columnDef('no').label.es], ...report.metas.slice(0, 3).map((m) => [m.cells.no])])
  })

  it('speaks English when English is chosen, headers included', async () => {
    const blobs = captureDownloads()
    const user = userEvent.setup()
    render(
      <LanguageProvider initial="en">
        <ExportDialog report={report} targets={[current]} onClose={() => {}} />
      </LanguageProvider>,
    )
    await user.click(screen.getByRole('radio', { name: 'CSV with commas' }))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    const done = await screen.findByText(/^Downloaded: /)
    expect(done.getAttribute('role')).toBe('status')
    expect(done.textContent).toBe(`Downloaded: ${shownFileName('File name')}`)
    const header = splitRecords(await blobs[0]!.text(), ',').records[0]!.cells
    expect(header).toEqual([columnDef('no').label.en, columnDef('objective').label.en])
  })

  it('closes with Escape and remembers the chosen format for next time', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    const { unmount } = render(
      <LanguageProvider initial="es">
        <ExportDialog report={report} targets={[current]} onClose={onClose} />
      </LanguageProvider>,
    )
    await user.click(screen.getByRole('radio', { name: 'JSON' }))
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledOnce()
    unmount()
    render(
      <LanguageProvider initial="es">
        <ExportDialog report={report} targets={[current]} onClose={onClose} />
      </LanguageProvider>,
    )
    expect((screen.getByRole('radio', { name: 'JSON' }) as HTMLInputElement).checked).toBe(true)
  })
})
