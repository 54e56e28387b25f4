import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { seedReport } from '../../fixtures/seedReport'
import { cellOf, defaultColumnIndex } from '../grid/renderGrid'
import { restoreConnectionAfterEach, setOnline } from './browserConnection'
import { inProcessServerForFile, PASSWORD, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()
restoreConnectionAfterEach()

const banner = () => screen.getByRole('banner')
const reportOpened = () => screen.findByText(`Rendición de cuentas ${seed.year}`)
const storedRecords = () => server().db.query<{ author_name: string; meta: number }>('select author_name, meta from records')

/** Signs in and opens the shared report (this browser now holds it), then the page closes. */
async function visitedOnce(user: ReturnType<typeof userEvent.setup>, email: string) {
  render(<App />)
  await signIn(user, email)
  await reportOpened()
  expect(await screen.findByText('Sincronizado')).toBeDefined()
  const address = window.location.pathname
  cleanup()
  return address
}

/** The page is reloaded with the network gone: the server cannot be reached at all. */
async function reloadedOffline(address: string) {
  setOnline(false)
  server().unreachable = true
  window.history.replaceState(null, '', address)
  render(<App />)
  await reportOpened()
}

function backOnline() {
  server().unreachable = false
  setOnline(true)
}

describe('reloading a shared report while the server is out of reach', () => {
  it('reopens the report held here with the remembered account, takes edits, counts them as waiting, and sends them when the server is back', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    const address = await visitedOnce(user, 'ana.perez@quito.gob.ec')
    // Only who signed in is remembered: nothing this browser keeps holds the password.
    const kept = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '')
    expect(kept.some((value) => value.includes(PASSWORD))).toBe(false)
    expect(kept.filter((value) => value.includes('ana.perez@quito.gob.ec')).map((value) => Object.keys(JSON.parse(value) as object).sort())).toEqual([
      ['email', 'id', 'name', 'role'],
    ])

    await reloadedOffline(address)
    expect(within(banner()).getByText('Ana Pérez (Planificación)')).toBeDefined()
    await user.click(cellOf(0, defaultColumnIndex('planned')))
    await user.keyboard('1234{Enter}')
    expect(await screen.findByText('Sin conexión con el servidor — 1 cambio pendiente')).toBeDefined()
    expect(await storedRecords()).toEqual([])

    backOnline()
    expect(await screen.findByText('Sincronizado')).toBeDefined()
    expect(await storedRecords()).toEqual([{ author_name: 'Ana Pérez', meta: 0 }])
  })

  it('a session that expired meanwhile asks to sign in again when the server is back, then sends what waited', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    await reloadedOffline(await visitedOnce(user, 'ana.perez@quito.gob.ec'))
    await user.click(cellOf(2, defaultColumnIndex('planned')))
    await user.keyboard('77{Enter}')
    expect(await screen.findByText('Sin conexión con el servidor — 1 cambio pendiente')).toBeDefined()
    await server().expireSessions()

    backOnline()
    const dialog = await screen.findByRole('dialog', { name: 'Su sesión terminó' })
    expect(await screen.findByText('Sesión terminada — 1 cambio pendiente')).toBeDefined()
    await user.type(within(dialog).getByLabelText('Contraseña'), PASSWORD)
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar sesión' }))
    expect(await screen.findByText('Sincronizado')).toBeDefined()
    expect(await storedRecords()).toEqual([{ author_name: 'Ana Pérez', meta: 2 }])
  })

  it('a consulta account reopens the report read-only, saying why', async () => {
    await shareSeed(server())
    await server().addAccount('luis.tapia@quito.gob.ec', 'Luis Tapia', 'consulta')
    const user = userEvent.setup()
    await reloadedOffline(await visitedOnce(user, 'luis.tapia@quito.gob.ec'))
    expect(within(banner()).getByText('Luis Tapia (Consulta)')).toBeDefined()
    expect(screen.getByRole('note', { name: 'Solo lectura' }).textContent).toBe(
      'Su cuenta es de consulta: puede leer, filtrar, ver los gráficos y exportar, pero no cambiar el informe.',
    )
  })

  it('signing out with the server out of reach ends the session on the server as soon as it answers: the next visit is signed out', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    await reloadedOffline(await visitedOnce(user, 'ana.perez@quito.gob.ec'))
    await user.click(within(banner()).getByRole('button', { name: 'Cerrar sesión' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeDefined()
    cleanup()

    backOnline()
    render(<App />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeDefined()
    expect(await server().db.query('select 1 from sessions')).toEqual([])
  })
})
