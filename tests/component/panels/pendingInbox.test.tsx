import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { ReviewGrid } from '../../../src/features/grid/ReviewGrid'
import { PendingButton } from '../../../src/features/panels/pending/PendingButton'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import type { Account } from '../../../src/report/team/account'
import { seedReport } from '../../fixtures/seedReport'
import { ana } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamRecord } from '../team/renderTeam'

const seed = seedReport()
const marta = { id: 'a0000000-0000-4000-8000-000000000003', name: 'Marta Ruiz' }
const SALUD = { id: 'b0000000-0000-4000-8000-000000000001', name: 'Secretaría de Salud' }
const no = (meta: number) => seed.metas[meta]!.cells.no
const selectedRow = () => screen.getByRole('grid').querySelector('[role="row"][aria-selected="true"]')
const inbox = () => screen.getByRole('dialog', { name: 'Pendientes' })
const items = () =>
  within(inbox())
    .getAllByRole('button', { name: /^Meta / })
    .map((b) => b.textContent)

function renderInbox(who: Account) {
  return renderTeam(
    <>
      <PendingButton />
      <ReviewGrid />
      <SidePanelArea />
    </>,
    { account: who },
  )
}

describe('Pendientes, the inbox of each person (team mode)', () => {
  test('planning sees the metas ready for review; the count follows the records as they arrive; the list is worked by keyboard and opens the meta', async () => {
    const user = userEvent.setup()
    const page = await renderInbox(account('planificacion', ana))
    expect(screen.getByRole('button', { name: 'Pendientes (0)' })).toBeDefined()
    await arrive(page, [
      teamRecord(marta, 'review', 2, { status: 'reviewed' }),
      teamRecord(marta, 'review', 5, { status: 'reviewed' }),
      teamRecord(marta, 'review', 7, { status: 'approved' }),
    ])
    const button = screen.getByRole('button', { name: 'Pendientes (2)' })

    button.focus()
    await user.keyboard('{Enter}')
    expect(items()).toEqual([`Meta ${no(2)} · Lista para revisión`, `Meta ${no(5)} · Lista para revisión`])
    expect(document.activeElement?.textContent).toBe(`Meta ${no(2)} · Lista para revisión`)
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement?.textContent).toBe(`Meta ${no(5)} · Lista para revisión`)
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement?.textContent).toBe(`Meta ${no(2)} · Lista para revisión`)
    await user.keyboard('{ArrowUp}{Enter}')

    expect(screen.queryByRole('dialog', { name: 'Pendientes' })).toBeNull()
    const title = screen.getByRole('heading', { level: 2, name: `Meta N.º ${no(5)}` })
    await waitFor(() => expect(document.activeElement).toBe(title))
    expect(selectedRow()?.getAttribute('data-meta')).toBe('5')

    await user.click(screen.getByRole('button', { name: 'Aprobar' }))
    expect(screen.getByRole('button', { name: 'Pendientes (1)' })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Pendientes (1)' }))
    expect(items()).toEqual([`Meta ${no(2)} · Lista para revisión`])
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Pendientes' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pendientes (1)' }))
  })

  test('a secretaría sees its unit’s metas returned for correction, with the reason, then those not yet submitted; another unit’s metas are not its', async () => {
    const user = userEvent.setup()
    const page = await renderInbox({ ...account('secretaria', ana), unit: SALUD })
    await arrive(page, [
      teamRecord(marta, 'assign', 0, { unit: SALUD.id }),
      teamRecord(marta, 'assign', 1, { unit: SALUD.id }),
      teamRecord(marta, 'assign', 2, { unit: 'b0000000-0000-4000-8000-000000000002' }),
      teamRecord(marta, 'review', 1, { status: 'needsCorrection', reason: 'Falta el oficio de respaldo' }),
      teamRecord(marta, 'review', 2, { status: 'needsCorrection', reason: 'Otra unidad' }),
    ])
    await user.click(screen.getByRole('button', { name: 'Pendientes (2)' }))
    expect(items()).toEqual([`Meta ${no(1)} · Requiere corrección: Falta el oficio de respaldo`, `Meta ${no(0)} · Sin enviar a revisión`])
    await user.keyboard('{Enter}')
    await user.click(await screen.findByRole('button', { name: 'Marcar lista para revisión' }))
    expect(screen.getByRole('button', { name: 'Pendientes (1)' })).toBeDefined()
  })

  test('a comment that mentions a person is in that person’s Pendientes until its thread is resolved', async () => {
    const user = userEvent.setup()
    const page = await renderInbox(account('secretaria', ana))
    const comment = teamRecord(marta, 'comment', 4, { text: '@Ana Pérez revise el total planificado', mentions: ana.id })
    await arrive(page, [comment, teamRecord(marta, 'comment', 6, { text: 'Sin mención' })])
    await user.click(screen.getByRole('button', { name: 'Pendientes (1)' }))
    expect(items()).toEqual([`Meta ${no(4)} · Marta Ruiz le mencionó: @Ana Pérez revise el total planificado`])
    await user.keyboard('{Enter}')
    const thread = await screen.findByRole('listitem', { name: 'Hilo de Marta Ruiz' })
    await user.click(within(thread).getByRole('button', { name: 'Resolver' }))
    expect(screen.getByRole('button', { name: 'Pendientes (0)' })).toBeDefined()
    expect(within(thread).getByText('Hilo resuelto por Ana Pérez')).toBeDefined()
  })
})
