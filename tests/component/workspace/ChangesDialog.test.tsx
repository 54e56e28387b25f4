import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { ChangesDialog } from '../../../src/features/workspace/ChangesDialog'
import { MemorySessionProvider } from '../../../src/ui/session/MemorySessionProvider'
import { useReportSession } from '../../../src/ui/session/ReportSession'
import type { CellEdit } from '../../../src/report/types'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()

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
    const dialog = screen.getByRole('dialog', { name: 'Changes from the original' })
    expect(within(dialog).getByRole('status').textContent).toBe('No changes yet.')
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
    expect(within(screen.getByRole('dialog', { name: 'Cambios respecto al original' })).getByRole('status').textContent).toBe('Ningún cambio coincide con el filtro.')
    expect((screen.getByRole('button', { name: 'Revertir los 0 cambios mostrados' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
