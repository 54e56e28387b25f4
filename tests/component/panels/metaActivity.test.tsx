import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamEdit, teamRecord } from '../team/renderTeam'
import { renderWithView } from './renderWithView'

const seed = seedReport()
const META = 21
const NO = seed.metas[META]!.cells.no
const AT = new Date(2026, 11, 1, 10, 32).getTime()

const activityList = () => screen.getByRole('list', { name: `Actividad de la meta ${NO}` })
const entries = () =>
  within(activityList())
    .getAllByRole('listitem')
    .map((item) => item.textContent)
const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement

describe('the meta’s «Actividad» tab', () => {
  test('a browser’s own copy lists its edit, status and comment in order, by this browser, and reverts the edit from there', async () => {
    const user = userEvent.setup()
    renderWithView(seed, <SidePanelArea />, `/?meta=${META + 1}`)
    const original = seed.metas[META]!.cells.contribution
    await user.clear(textbox('Aporte al plan de desarrollo'))
    await user.type(textbox('Aporte al plan de desarrollo'), 'Aporte corregido')
    await user.tab()
    await user.click(screen.getByRole('radio', { name: 'Requiere corrección' }))
    await user.type(textbox('Nuevo comentario'), 'Falta el medio de verificación')
    await user.click(screen.getByRole('button', { name: 'Comentar' }))

    await user.click(screen.getByRole('tab', { name: 'Actividad' }))
    await waitFor(() => expect(entries()).toHaveLength(3))
    const [edit, status, comment] = entries()
    expect(edit).toMatch(/^Este navegador · \d{1,2}\/\d{1,2}\/\d{4} \d{2}:\d{2} · EdiciónAporte al plan de desarrollo: .+ → Aporte corregidoRevertir$/)
    expect(edit).toContain(original.replace(/\s+/g, ' ').trim().slice(0, 30))
    expect(status).toMatch(/ · Estado de revisiónEstado: Sin revisar → Requiere corrección$/)
    expect(comment).toMatch(/ · ComentarioComentó: Falta el medio de verificación$/)

    await user.click(within(activityList()).getByRole('button', { name: /^Revertir «Aporte al plan de desarrollo» a / }))
    await waitFor(() => expect(entries()).toHaveLength(4))
    // The revert is a change of its own, logged last; the cell shows the original text again.
    expect(entries()[3]).toMatch(/^Este navegador · .* · EdiciónAporte al plan de desarrollo: Aporte corregido → .+Revertir$/)
    // Only the cell's latest change can be reverted: the first edit's text is no longer shown.
    expect(within(activityList()).getAllByRole('button', { name: /^Revertir/ })).toHaveLength(1)
    await user.click(screen.getByRole('tab', { name: 'Meta' }))
    expect(textbox('Aporte al plan de desarrollo').value).toBe(original)
  })

  test('a shared report lists everyone’s changes of the meta in the server’s order with their authors; a revert is the signed-in account’s', async () => {
    const user = userEvent.setup()
    const page = await renderTeam(<SidePanelArea />, { account: account('planificacion', luis), url: `/?meta=${META + 1}` })
    const planned = seed.metas[META]!.cells.planned
    await arrive(page, [
      teamEdit(ana, META, 'planned', planned, '29,5', AT),
      teamRecord(ana, 'review', META, { status: 'reviewed' }, AT + 60_000),
      teamRecord(luis, 'comment', META, { text: 'Revise el total' }, AT + 120_000),
      teamRecord(luis, 'review', META, { status: 'needsCorrection', reason: 'El total no cuadra' }, AT + 180_000),
      // Another meta's change is not this meta's activity.
      teamEdit(ana, META + 1, 'planned', seed.metas[META + 1]!.cells.planned, '1', AT),
    ])
    await user.click(screen.getByRole('tab', { name: 'Actividad' }))
    await waitFor(() => expect(entries()).toHaveLength(4))
    expect(entries()).toEqual([
      `Ana Pérez · 1/12/2026 10:32 · EdiciónTotal planificado: ${planned} → 29,5Revertir`,
      'Ana Pérez · 1/12/2026 10:33 · Estado de revisiónEstado: Sin revisar → Lista para revisión',
      'Luis Mora · 1/12/2026 10:34 · ComentarioComentó: Revise el total',
      'Luis Mora · 1/12/2026 10:35 · Estado de revisiónEstado: Lista para revisión → Requiere correcciónMotivo: El total no cuadra',
    ])

    await user.click(screen.getByRole('button', { name: `Revertir «Total planificado» a ${planned}` }))
    await waitFor(() => expect(entries()).toHaveLength(5))
    expect(entries()[4]).toMatch(new RegExp(`^Luis Mora · .* · EdiciónTotal planificado: 29,5 → ${planned.replace(/[.,]/g, '\\$&')}Revertir$`))
    expect(page.session.current(META, 'planned')).toBe(planned)
  })

  test('a consulta account reads the activity but is offered no revert', async () => {
    const user = userEvent.setup()
    const page = await renderTeam(<SidePanelArea />, { account: account('consulta', luis), url: `/?meta=${META + 1}` })
    await arrive(page, [teamEdit(ana, META, 'planned', seed.metas[META]!.cells.planned, '29,5', AT)])
    await user.click(screen.getByRole('tab', { name: 'Actividad' }))
    await waitFor(() => expect(entries()).toHaveLength(1))
    expect(within(activityList()).queryByRole('button', { name: /^Revertir/ })).toBeNull()
  })

  test('a secretaría may revert only on its own unit’s metas', async () => {
    const user = userEvent.setup()
    const health = { id: 'unit-salud', name: 'Secretaría de Salud' }
    const page = await renderTeam(<SidePanelArea />, { account: { ...account('secretaria', luis), unit: health }, url: `/?meta=${META + 1}` })
    await arrive(page, [teamEdit(ana, META, 'planned', seed.metas[META]!.cells.planned, '29,5', AT)])
    await user.click(screen.getByRole('tab', { name: 'Actividad' }))
    await waitFor(() => expect(entries()).toHaveLength(1))
    expect(within(activityList()).queryByRole('button', { name: /^Revertir/ })).toBeNull()
    await arrive(page, [teamRecord(ana, 'assign', META, { unit: health.id }, AT + 60_000)])
    await waitFor(() => expect(entries()).toHaveLength(2))
    expect(entries()[1]).toBe('Ana Pérez · 1/12/2026 10:33 · AsignaciónUnidad responsable: Sin asignar → Secretaría de Salud')
    expect(within(activityList()).getAllByRole('button', { name: /^Revertir/ })).toHaveLength(1)
  })
})
