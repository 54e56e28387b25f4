import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { createTeamApi } from '../../../src/sync/teamApi'
import { seedReport } from '../../fixtures/seedReport'
import { cellOf } from '../grid/renderGrid'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()
const REASON = 'Falta el oficio'

const banner = () => screen.getByRole('banner')
// A sign-in, a report's opening and a pull each take seconds on a busy machine (several test files at once).
const SLOW = { timeout: 30_000 }
const reportOpened = () => screen.findByText(`Rendición de cuentas ${seed.year}`, {}, SLOW)
const synced = () => screen.findByText('Sincronizado', {}, SLOW)
const pending = (n: number) => screen.findByRole('button', { name: `Pendientes (${n})` }, SLOW)
async function signOut(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(banner()).getByRole('button', { name: 'Cerrar sesión' }))
  await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' }, SLOW)
}

describe('the review turn between two accounts, through the team server', () => {
  it('planning returns a meta with a reason and mentions the secretaría; she finds both in Pendientes, resubmits, and resolving the thread empties it', async () => {
    const report = await shareSeed(server())
    const salud = await server().addUnit('Secretaría de Salud')
    await server().addAccount('marta.ruiz@quito.gob.ec', 'Marta Ruiz', 'planificacion')
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'secretaria', salud.id)
    const user = userEvent.setup()
    render(<App />)

    await signIn(user, 'marta.ruiz@quito.gob.ec')
    await reportOpened()
    // Meta 1 is Salud's (the assignment screens are their own; here planning's record goes straight to the server).
    const assigned = await createTeamApi().pushRecords(report, [{ uid: crypto.randomUUID(), kind: 'assign', meta: 0, at: Date.now(), data: { unit: salud.id } }])
    expect(assigned.ok).toBe(true)
    await user.click(cellOf(0, 2))
    await user.click(await screen.findByRole('button', { name: 'Devolver para corrección' }, SLOW))
    await user.click(screen.getByRole('button', { name: 'Devolver' }))
    expect(screen.getByRole('alert').textContent).toBe('Escriba qué debe corregirse antes de devolver la meta.')
    await user.type(screen.getByRole('textbox', { name: 'Qué debe corregirse' }), REASON)
    await user.click(screen.getByRole('button', { name: 'Devolver' }))
    await user.type(screen.getByRole('combobox', { name: 'Nuevo comentario' }), 'Por favor @An')
    expect(
      within(screen.getByRole('listbox', { name: 'Personas que puede mencionar' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ana Pérez'])
    await user.keyboard('{Enter}')
    await user.type(screen.getByRole('combobox', { name: 'Nuevo comentario' }), 'adjunte')
    await user.click(screen.getByRole('button', { name: 'Comentar' }))
    await synced()
    const stored = await server().db.query<{ kind: string; data: Record<string, string> }>("select kind, data from records where kind in ('review', 'comment') order by version")
    const ana = (await server().db.query<{ id: string }>("select id::text as id from accounts where email = 'ana.perez@quito.gob.ec'"))[0]!.id
    expect(stored).toEqual([
      { kind: 'review', data: { status: 'needsCorrection', reason: REASON } },
      { kind: 'comment', data: { text: 'Por favor @Ana Pérez adjunte', mentions: ana } },
    ])
    await signOut(user)

    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    await user.click(await pending(2))
    const items = within(screen.getByRole('dialog', { name: 'Pendientes' })).getAllByRole('button', { name: /^Meta / })
    expect(items.map((b) => b.textContent)).toEqual([
      `Meta ${seed.metas[0]!.cells.no} · Requiere corrección: ${REASON}`,
      `Meta ${seed.metas[0]!.cells.no} · Marta Ruiz le mencionó: Por favor @Ana Pérez adjunte`,
    ])
    await user.keyboard('{Enter}')
    expect((await screen.findByText('Qué debe corregirse:', {}, SLOW)).parentElement?.textContent).toBe(`Qué debe corregirse: ${REASON}`)
    expect(screen.getByText('Estado:').textContent).toContain('Requiere corrección')
    expect(screen.getByText('Estado:').textContent).toContain('por Marta Ruiz')
    await user.click(screen.getByRole('button', { name: 'Marcar lista para revisión' }))
    await pending(1)
    await user.click(within(screen.getByRole('listitem', { name: 'Hilo de Marta Ruiz' })).getByRole('button', { name: 'Resolver' }))
    await pending(0)
    await synced()
    const kinds = await server().db.query<{ kind: string; author_name: string }>("select kind, author_name from records where kind in ('review', 'resolve') order by version")
    expect(kinds).toEqual([
      { kind: 'review', author_name: 'Marta Ruiz' },
      { kind: 'review', author_name: 'Ana Pérez' },
      { kind: 'resolve', author_name: 'Ana Pérez' },
    ])
    // Two sign-ins (scrypt) and two report openings: minutes on a busy machine.
  }, 180_000)
})
