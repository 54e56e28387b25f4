import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import type { Role } from '../../../src/report/team/account'
import { REVIEW_STATUSES, type ReviewStatus } from '../../../src/report/reviewStatus'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamRecord } from '../team/renderTeam'

const META = 3
const marta = { id: 'a0000000-0000-4000-8000-000000000003', name: 'Marta Ruiz' }
const STATUS_NAMES: Record<ReviewStatus, string> = {
  unreviewed: 'Sin revisar',
  reviewed: 'Lista para revisión',
  needsCorrection: 'Requiere corrección',
  approved: 'Aprobada',
}

/** What each role is offered from each status, as a person reads the buttons. */
const OFFERED: Record<Exclude<Role, 'consulta'>, Record<ReviewStatus, string[]>> = {
  secretaria: {
    unreviewed: ['Marcar lista para revisión'],
    reviewed: [],
    needsCorrection: ['Marcar lista para revisión'],
    approved: [],
  },
  planificacion: {
    unreviewed: ['Aprobar', 'Devolver para corrección'],
    reviewed: ['Aprobar', 'Devolver para corrección'],
    needsCorrection: ['Aprobar'],
    approved: ['Devolver para corrección'],
  },
}

const SALUD = { id: 'b0000000-0000-4000-8000-000000000001', name: 'Secretaría de Salud' }

/** The panel on META for an account of this role; a secretaría's unit is responsible for META. */
async function panelAs(role: Role, person = ana) {
  const page = await renderTeam(<SidePanelArea />, { account: { ...account(role, person), unit: role === 'secretaria' ? SALUD : null }, url: `/?meta=${META + 1}` })
  await arrive(page, [teamRecord(marta, 'assign', META, { unit: SALUD.id })])
  return page
}

const offered = () => {
  const group = screen.queryByRole('group', { name: 'Paso de revisión' })
  return group
    ? within(group)
        .getAllByRole('button')
        .map((b) => b.textContent)
    : []
}
const statusLine = () => screen.getByText('Estado:').textContent

describe('the review turn in the meta panel (team mode)', () => {
  for (const role of ['secretaria', 'planificacion'] as const) {
    test(`a ${role} account is offered only the steps its role may take, per status`, async () => {
      const page = await panelAs(role)
      for (const status of REVIEW_STATUSES) {
        if (status !== 'unreviewed') await arrive(page, [teamRecord(marta, 'review', META, status === 'needsCorrection' ? { status, reason: 'Falta el oficio' } : { status })])
        expect(statusLine()).toContain(`Estado: ${STATUS_NAMES[status]}`)
        expect([status, offered()]).toEqual([status, OFFERED[role][status]])
      }
    })
  }

  test('a secretaría takes no step on a meta of another unit, nor on one no unit is responsible for', async () => {
    const page = await panelAs('secretaria')
    await arrive(page, [teamRecord(marta, 'assign', META, { unit: 'b0000000-0000-4000-8000-000000000002' })])
    expect(offered()).toEqual([])
    await arrive(page, [teamRecord(marta, 'assign', META, { unit: '' })])
    expect(offered()).toEqual([])
    await arrive(page, [teamRecord(marta, 'assign', META, { unit: SALUD.id })])
    expect(offered()).toEqual(['Marcar lista para revisión'])
  })

  test('a consulta account sees the status and takes no step', async () => {
    const page = await panelAs('consulta', luis)
    await arrive(page, [teamRecord(marta, 'review', META, { status: 'reviewed' })])
    expect(statusLine()).toContain('Estado: Lista para revisión')
    expect(offered()).toEqual([])
  })

  test('the statuses never say «Revisada» in team mode', async () => {
    const page = await panelAs('planificacion')
    await arrive(page, [teamRecord(marta, 'review', META, { status: 'reviewed' })])
    expect(screen.queryByText(/Revisada/)).toBeNull()
  })

  test('returning for correction asks what must be corrected, refuses an empty reason, and shows the reason beside the status', async () => {
    const user = userEvent.setup()
    const page = await panelAs('planificacion')
    await arrive(page, [teamRecord(marta, 'review', META, { status: 'reviewed' })])
    await user.click(screen.getByRole('button', { name: 'Devolver para corrección' }))
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Qué debe corregirse' }))
    // The form stands in for the button that opened it; Cancelar brings the button back.
    expect(offered()).toEqual(['Aprobar'])
    await user.click(screen.getByRole('button', { name: 'Cancelar' }))
    expect(screen.queryByRole('textbox', { name: 'Qué debe corregirse' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Devolver para corrección' }))
    await user.keyboard('{Enter}')
    const reason = screen.getByRole('textbox', { name: 'Qué debe corregirse' })
    await user.click(screen.getByRole('button', { name: 'Devolver' }))
    expect(screen.getByRole('alert').textContent).toBe('Escriba qué debe corregirse antes de devolver la meta.')
    expect(page.session.getSnapshot().reviews.statuses.get(META)?.status).toBe('reviewed')
    await user.type(reason, 'Falta el oficio de respaldo')
    await user.click(screen.getByRole('button', { name: 'Devolver' }))
    expect(statusLine()).toContain('Estado: Requiere corrección')
    expect(screen.getByText('Qué debe corregirse:').parentElement?.textContent).toBe('Qué debe corregirse: Falta el oficio de respaldo')
    expect(offered()).toEqual(['Aprobar'])
    await page.session.whenSaved()
    const stored = await page.db.reviewLog.where('workspace').equals(page.hash).toArray()
    expect(stored.map((r) => [r.kind, r.data])).toContainEqual(['review', { status: 'needsCorrection', reason: 'Falta el oficio de respaldo' }])
  })

  test('a secretaría marks its meta ready for review, and the step is a logged record with its author', async () => {
    const user = userEvent.setup()
    const page = await panelAs('secretaria')
    await user.click(screen.getByRole('button', { name: 'Marcar lista para revisión' }))
    expect(statusLine()).toContain('Estado: Lista para revisión')
    expect(statusLine()).toContain('por Ana Pérez')
    expect(offered()).toEqual([])
    await page.session.whenSaved()
    const stored = await page.db.reviewLog.where('workspace').equals(page.hash).toArray()
    expect(stored.filter((r) => r.kind === 'review').map((r) => [r.data, r.author?.name, r.unsynced])).toEqual([[{ status: 'reviewed' }, 'Ana Pérez', 1]])
  })
})
