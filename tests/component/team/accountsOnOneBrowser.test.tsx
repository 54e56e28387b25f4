import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { seedReport } from '../../fixtures/seedReport'
import { cellOf, defaultColumnIndex } from '../grid/renderGrid'
import { restoreConnectionAfterEach, setOnline } from './browserConnection'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()

const banner = () => screen.getByRole('banner')
const reportOpened = () => screen.findByText(`Rendición de cuentas ${seed.year}`)
restoreConnectionAfterEach()

describe('another account signs in on a browser where changes wait', () => {
  it('the next account is told whose changes wait here and sends none of them; their author sends them on signing in again', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    await server().addAccount('luis.mora@quito.gob.ec', 'Luis Mora', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    setOnline(false)
    await user.click(cellOf(0, defaultColumnIndex('planned')))
    await user.keyboard('1234{Enter}')
    expect(await screen.findByText('Sin conexión con el servidor — 1 cambio pendiente')).toBeDefined()
    await user.click(within(banner()).getByRole('button', { name: 'Cerrar sesión' }))
    const warning = await screen.findByRole('dialog', { name: 'Hay cambios sin enviar' })
    expect(warning.textContent).toContain('esperarán en este equipo hasta que usted vuelva a iniciar sesión aquí')
    await user.click(within(warning).getByRole('button', { name: 'Cerrar sesión igualmente' }))
    setOnline(true)

    await signIn(user, 'luis.mora@quito.gob.ec')
    await reportOpened()
    expect(await screen.findByText('Sincronizado')).toBeDefined()
    expect(await screen.findByText('1 cambio de Ana Pérez espera en este navegador a que Ana Pérez inicie sesión aquí: solo su cuenta lo envía al servidor.')).toBeDefined()
    expect(await server().db.query('select 1 from records')).toEqual([])

    await user.click(within(banner()).getByRole('button', { name: 'Cerrar sesión' }))
    // Requests of the closing page that meet the ended session are no expiry: nothing asks to sign in again.
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeDefined()
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    expect(await screen.findByText('Sincronizado')).toBeDefined()
    expect(screen.queryByText(/espera en este navegador/)).toBeNull()
    expect(screen.queryByRole('dialog')).toBeNull()
    const records = await server().db.query<{ author_name: string; meta: number }>('select author_name, meta from records')
    expect(records).toEqual([{ author_name: 'Ana Pérez', meta: 0 }])
  })
})
