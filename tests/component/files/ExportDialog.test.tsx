import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { ExportDialog, type ExportTarget } from '../../../src/features/files/ExportDialog'
import { columnDef } from '../../../src/report/columns'
import { parseReport } from '../../../src/report/parseReport'
import { splitRecords } from '../../../src/report/splitRecords'
import { DEFAULT_VIEW } from '../../../src/report/view/viewSpec'

const parsed = parseReport(new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt'))), 'rendicion-cuentas-2020-quito.txt')
if (!parsed.ok) throw new Error('seed does not parse')
const report = parsed.report
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
    expect(screen.getByRole('dialog', { name: 'Exportar la vista' })).toBeDefined()
    await user.click(screen.getByRole('radio', { name: /Primeras tres/ }))
    await user.click(screen.getByRole('radio', { name: 'CSV con coma' }))
    expect(screen.getByText(/rendicion-cuentas-2020-quito_primeras-tres_\d{4}-\d{2}-\d{2}\.csv/)).toBeDefined()
    await user.click(screen.getByRole('radio', { name: 'CSV con punto y coma (Excel en español)' }))
    expect(screen.getByText(/rendicion-cuentas-2020-quito_primeras-tres_\d{4}-\d{2}-\d{2}_excel\.csv/)).toBeDefined()
    await user.click(screen.getByRole('radio', { name: 'CSV con coma' }))
    await user.click(screen.getByRole('button', { name: 'Exportar' }))
    expect(await screen.findByText(/^Descargado: rendicion-cuentas-2020-quito_primeras-tres_/)).toBeDefined()
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
    expect(await screen.findByText(/^Downloaded: /)).toBeDefined()
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
