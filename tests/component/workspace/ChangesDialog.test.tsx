import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { ChangesDialog } from '../../../src/features/workspace/ChangesDialog'
import { MemorySessionProvider } from '../../../src/ui/session/MemorySessionProvider'
import { useReportSession } from '../../../src/ui/session/ReportSession'
import { parseReport } from '../../../src/report/parseReport'
import type { CellEdit } from '../../../src/report/types'

const parsed = parseReport(new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt'))), 'rendicion-cuentas-2020-quito.txt')
if (!parsed.ok) throw new Error('seed does not parse')
const report = parsed.report

function WithEdits({ edits }: { edits: readonly CellEdit[] }) {
  const { commit } = useReportSession()
  useEffect(() => {
    if (edits.length > 0) commit(edits)
  }, [commit, edits])
  return <ChangesDialog onClose={() => {}} />
}

function renderDialog(lang: 'es' | 'en', edits: readonly CellEdit[] = []) {
  return render(
    <LanguageProvider initial={lang}>
      <MemorySessionProvider original={report}>
        <WithEdits edits={edits} />
      </MemorySessionProvider>
    </LanguageProvider>,
  )
}

describe('the changes dialog', () => {
  it('with no changes says so and offers no revert button', () => {
    renderDialog('es')
    const dialog = screen.getByRole('dialog', { name: 'Cambios respecto al original' })
    expect(dialog.textContent).toContain('Todavía no hay cambios.')
    expect(screen.queryByRole('button', { name: /Revertir/ })).toBeNull()
    expect(screen.queryByRole('searchbox')).toBeNull()
  })

  it('says "No changes yet." in English', () => {
    renderDialog('en')
    expect(screen.getByText('No changes yet.')).toBeDefined()
    expect(screen.queryByRole('button', { name: /Revert/ })).toBeNull()
  })

  it('with changes offers to revert them, and disables that when the filter hides them all', async () => {
    const user = userEvent.setup()
    const edits: CellEdit[] = [
      { meta: 2, column: 'result', after: 'Resultado corregido A' },
      { meta: 7, column: 'result', after: 'Resultado corregido B' },
    ]
    await act(async () => {
      renderDialog('es', edits)
    })
    const revertAll = await screen.findByRole('button', { name: `Revertir los ${edits.length} cambios mostrados` })
    expect((revertAll as HTMLButtonElement).disabled).toBe(false)
    await user.type(screen.getByRole('searchbox', { name: /Filtrar/ }), 'texto que no aparece en ningún cambio')
    expect(screen.getByText('Ningún cambio coincide con el filtro.')).toBeDefined()
    expect((screen.getByRole('button', { name: 'Revertir los 0 cambios mostrados' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
