import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { seedReport } from '../../fixtures/seedReport'
import { inProcessServerForFile, PASSWORD, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()

const banner = () => screen.getByRole('banner')
const reportOpened = () => screen.findByRole('heading', { level: 1, name: seed.entity })

describe('signing in to the team server', () => {
  it('on a server with no account, the first visitor on its machine creates the first planning account and is signed in', async () => {
    await shareSeed(server())
    const user = userEvent.setup()
    render(<App />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Crear la primera cuenta' })).toBeDefined()
    await user.type(screen.getByLabelText('Nombre'), 'Ana Pérez')
    await user.type(screen.getByLabelText('Correo electrónico'), 'ana.perez@quito.gob.ec')
    await user.type(screen.getByLabelText('Contraseña'), PASSWORD)
    await user.type(screen.getByLabelText('Repita la contraseña'), `${PASSWORD}x`)
    await user.click(screen.getByRole('button', { name: 'Crear la cuenta' }))
    expect(screen.getByRole('alert').textContent).toBe('Las dos contraseñas no coinciden.')
    const again = screen.getByLabelText('Repita la contraseña')
    await user.clear(again)
    await user.type(again, PASSWORD)
    await user.click(screen.getByRole('button', { name: 'Crear la cuenta' }))
    // The server's only report opens at once, with the new account in the header.
    await reportOpened()
    expect(within(banner()).getByText('Ana Pérez (Planificación)')).toBeDefined()
    const [row] = await server().db.query<{ role: string }>("select role from accounts where email = 'ana.perez@quito.gob.ec'")
    expect(row?.role).toBe('planificacion')
  })

  it('from another machine the first account cannot be made, and the page says where it can', async () => {
    server().remoteAddress = '192.0.2.7'
    render(<App />)
    expect(await screen.findByRole('heading', { level: 1, name: 'El servidor aún no tiene cuentas' })).toBeDefined()
    expect(screen.getByRole('main').textContent).toContain('npm run admin -- add-user')
    expect(screen.queryByRole('button', { name: 'Crear la cuenta' })).toBeNull()
  })

  it('a wrong password shows the server’s message, the same as for an unknown account, in English when chosen', async () => {
    await server().addAccount('luis@quito.gob.ec', 'Luis Tapia', 'consulta')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'luis@quito.gob.ec', 'no-es-esta')
    const wrong = (await screen.findByRole('alert')).textContent
    expect(wrong).toMatch(/contraseña/i)
    expect(screen.getByLabelText<HTMLInputElement>('Contraseña').value).toBe('')
    await user.clear(screen.getByLabelText('Correo electrónico'))
    await signIn(user, 'nadie@quito.gob.ec', 'no-es-esta')
    await screen.findByRole('alert')
    expect(screen.getByRole('alert').textContent).toBe(wrong)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'en')
    await user.type(screen.getByLabelText('Password'), 'still-wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await screen.findByRole('alert')
    expect(screen.getByRole('alert').textContent).toMatch(/password/i)
    expect(screen.getByRole('alert').textContent).not.toBe(wrong)
  })

  it('signed in, the header names the account and its role; Cerrar sesión ends the session on the server and goes back to the sign-in page', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'secretaria')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec', PASSWORD)
    await reportOpened()
    expect(within(banner()).getByText('Ana Pérez (Secretaría)')).toBeDefined()
    await user.click(within(banner()).getByRole('button', { name: 'Cerrar sesión' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeDefined()
    expect(await server().db.query('select 1 from sessions')).toEqual([])
    expect(screen.queryByText('Ana Pérez (Secretaría)')).toBeNull()
  })
})
