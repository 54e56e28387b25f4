import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { UndoRedoButtons } from '../../../src/features/workspace/UndoRedoButtons'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamEdit } from '../team/renderTeam'
import { renderWithView } from './renderWithView'

const seed = seedReport()
const META = 21
const AT = new Date(2026, 11, 1, 10, 32).getTime()
const entries = () =>
  within(screen.getByRole('list', { name: 'Historial de cambios' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent)

describe('the meta panel’s history on a shared report', () => {
  test('lists the meta’s changes newest first, each with who and when, undo said as such', async () => {
    const user = userEvent.setup()
    const page = await renderTeam(
      <>
        <UndoRedoButtons />
        <SidePanelArea />
      </>,
      { account: account('secretaria', luis), url: `/?meta=${META + 1}` },
    )
    expect(screen.queryByRole('heading', { name: 'Historial de cambios' })).toBeNull()
    await arrive(page, [teamEdit(ana, META, 'planned', '20', '29,5', AT)])
    expect(entries()).toEqual(['Ana Pérez · 1/12/2026 10:32Total planificado: 20 → 29,5'])

    const contribution = screen.getByRole('textbox', { name: 'Aporte al plan de desarrollo' })
    await user.clear(contribution)
    await user.type(contribution, 'Aporte corregido')
    await user.tab()
    await user.click(screen.getByRole('button', { name: 'Deshacer' }))
    const [undone, edited, anas] = entries()
    const before = seed.metas[META]!.cells.contribution.replace(/\s+/g, ' ').trim()
    expect(undone).toMatch(/^Luis Mora · \d{1,2}\/\d{1,2}\/\d{4} \d{2}:\d{2} · deshizo un cambioAporte al plan de desarrollo: Aporte corregido → /)
    expect(edited).toMatch(/^Luis Mora · \d{1,2}\/\d{1,2}\/\d{4} \d{2}:\d{2}Aporte al plan de desarrollo: .+ → Aporte corregido$/)
    expect(edited).toContain(before.slice(0, 40))
    expect(anas).toBe('Ana Pérez · 1/12/2026 10:32Total planificado: 20 → 29,5')
  })

  test('a browser’s own copy (no accounts) shows no history, as before', async () => {
    const user = userEvent.setup()
    renderWithView(seed, <SidePanelArea />, `/?meta=${META + 1}`)
    const contribution = screen.getByRole('textbox', { name: 'Aporte al plan de desarrollo' })
    await user.type(contribution, ' más')
    await user.tab()
    expect(screen.getAllByText('editado')).toHaveLength(1)
    expect(screen.queryByRole('heading', { name: 'Historial de cambios' })).toBeNull()
  })
})
