import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { seedReport, seedText } from '../../fixtures/seedReport'
import { cellOf, defaultColumnIndex } from '../grid/renderGrid'
import { restoreConnectionAfterEach, setOnline } from './browserConnection'
import { inProcessServerForFile, PASSWORD, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()

const reportOpened = (year = seed.year) => screen.findByText(`Rendición de cuentas ${year}`)
const banner = () => screen.getByRole('banner')
restoreConnectionAfterEach()

/**
 * Changes the first meta's planned total while the connection is down, then the session ends on
 * the server: the change waits here, and coming back online is what meets the expired session.
 */
async function editWhileAwayThenExpire(user: ReturnType<typeof userEvent.setup>, text: string) {
  setOnline(false)
  await user.click(cellOf(0, defaultColumnIndex('planned')))
  await user.keyboard(`${text}{Enter}`)
  expect(await screen.findByText('Sin conexión con el servidor — 1 cambio pendiente')).toBeDefined()
  await server().expireSessions()
  setOnline(true)
}

const the2021Report = () => new Uint8Array(Buffer.from(seedText().replace('RENDICIÓN DE CUENTAS 2020', 'RENDICIÓN DE CUENTAS 2021'), 'utf8'))

describe('the shared reports', () => {
  it('lists every shared report with who shared it; opening one shows it, the address names it, and a reload reopens it', async () => {
    const ana = await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    await shareSeed(server())
    const id2021 = await server().share(the2021Report(), 'rendicion-2021.txt', ana.id)
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    const list = await screen.findByRole('list')
    expect(screen.getByRole('heading', { level: 1, name: 'Informes compartidos' })).toBeDefined()
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => within(item).getByRole('link').textContent).sort()).toEqual([`${seed.entity}, 2020`, `${seed.entity}, 2021`])
    const item2021 = items.find((item) => item.textContent?.includes('2021'))!
    expect(item2021.textContent).toContain(`${seed.metas.length} metas · compartido por Ana Pérez el `)
    expect(items.find((item) => item !== item2021)!.textContent).toContain('compartido al iniciar el servidor')

    await user.click(within(item2021).getByRole('link'))
    await reportOpened(2021)
    expect(window.location.pathname).toBe(`/informes/${id2021}`)
    cleanup()
    render(<App />)
    await reportOpened(2021)
    await user.click(within(banner()).getByRole('link', { name: 'Lista de informes' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Informes compartidos' })).toBeDefined()
  })

  it('a change that waited while the session expired stays in this browser; signing in again in the dialog over the report sends it', async () => {
    await shareSeed(server())
    const ana = await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    expect(await screen.findByText('Sincronizado')).toBeDefined()
    await editWhileAwayThenExpire(user, '1234')
    const dialog = await screen.findByRole('dialog', { name: 'Su sesión terminó' })
    expect(await screen.findByText('Sesión terminada — 1 cambio pendiente')).toBeDefined()
    expect(await server().db.query('select 1 from records')).toEqual([])
    // The report is still there behind the dialog.
    expect(screen.getByText(`Rendición de cuentas ${seed.year}`)).toBeDefined()

    expect(within(dialog).getByLabelText<HTMLInputElement>('Correo electrónico').value).toBe('ana.perez@quito.gob.ec')
    await user.type(within(dialog).getByLabelText('Contraseña'), PASSWORD)
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar sesión' }))
    expect(await screen.findByText('Sincronizado')).toBeDefined()
    expect(screen.queryByRole('dialog')).toBeNull()
    const records = await server().db.query<{ author_id: string; meta: number; data: { after: string } }>('select author_id::text, meta, data from records')
    // The cell's new text in the report's own notation, as the grid stores it.
    expect(records).toEqual([{ author_id: ana.id, meta: 0, data: expect.objectContaining({ column: 'planned', after: '1.234' }) }])
  })
  it('after closing the request to sign in again, the header offers it; signing out while changes wait asks first', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    await editWhileAwayThenExpire(user, '5')
    const request = await screen.findByRole('dialog', { name: 'Su sesión terminó' })
    await user.click(within(request).getByRole('button', { name: 'Cerrar' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByText('Sesión terminada — 1 cambio pendiente')).toBeDefined()
    // Another request meets the ended session (the meta this user moved to, told to the server): the request to sign in does not come back.
    await user.click(cellOf(3, defaultColumnIndex('planned')))
    await waitFor(() => expect(server().requests.some((r) => r.path.endsWith('/presence') && JSON.stringify(r.body) === '{"meta":3}')).toBe(true))

    await user.click(within(banner()).getByRole('button', { name: 'Cerrar sesión' }))
    const warning = await screen.findByRole('dialog', { name: 'Hay cambios sin enviar' })
    expect(screen.getAllByRole('dialog')).toEqual([warning])
    expect(warning.textContent).toContain('1 cambio aún no llegó al servidor.')
    await user.click(within(warning).getByRole('button', { name: 'Seguir en la sesión' }))
    expect(screen.getByText(`Rendición de cuentas ${seed.year}`)).toBeDefined()

    await user.click(within(banner()).getByRole('button', { name: 'Iniciar sesión' }))
    expect(await screen.findByRole('dialog', { name: 'Su sesión terminó' })).toBeDefined()
  })

  it('tells the server which meta this user is on, and shows in the header the others who have the report open, not this account', async () => {
    await shareSeed(server())
    const ana = await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    const heartbeats = () =>
      server()
        .requests.filter((r) => r.method === 'POST' && r.path.endsWith('/presence'))
        .map((r) => r.body)
    await waitFor(() => expect(heartbeats()).toEqual([{ meta: null }]))
    await user.click(cellOf(3, defaultColumnIndex('planned')))
    await waitFor(() => expect(heartbeats().at(-1)).toEqual({ meta: 3 }))
    expect(heartbeats().filter((b) => JSON.stringify(b) === JSON.stringify({ meta: 3 }))).toHaveLength(1)

    server().emit('presence', {
      people: [
        { accountId: ana.id, name: 'Ana Pérez', initials: 'AP', meta: 3 },
        { accountId: 'b0000000-0000-4000-8000-000000000002', name: 'Luis Tapia', initials: 'LT', meta: 7 },
      ],
    })
    const others = await within(banner()).findByRole('list', { name: 'Personas con el informe abierto' })
    expect(
      within(others)
        .getAllByRole('img')
        .map((person) => person.getAttribute('aria-label')),
    ).toEqual([`Luis Tapia está en la meta ${seed.metas[7]!.cells.no}`])
  })
})

describe('what each role is offered', () => {
  for (const [role, name] of [
    ['consulta', 'Luis Tapia'],
    ['secretaria', 'Rosa Andrade'],
  ] as const) {
    it(`a ${role} account sees no Cuentas and no way to share a report`, async () => {
      await shareSeed(server())
      await server().share(the2021Report(), 'rendicion-2021.txt')
      await server().addAccount('persona@quito.gob.ec', name, role)
      const user = userEvent.setup()
      render(<App />)
      await signIn(user, 'persona@quito.gob.ec')
      await screen.findByRole('heading', { level: 1, name: 'Informes compartidos' })
      expect(screen.queryByRole('button', { name: 'Compartir un informe' })).toBeNull()
      expect(screen.queryByRole('button', { name: 'Cuentas' })).toBeNull()
      await user.click(await screen.findByRole('link', { name: `${seed.entity}, ${seed.year}` }))
      await reportOpened()
      expect(within(banner()).getByRole('button', { name: 'Exportar' })).toBeDefined()
      expect(within(banner()).queryByRole('button', { name: 'Compartir un informe' })).toBeNull()
      expect(within(banner()).queryByRole('button', { name: 'Cuentas' })).toBeNull()
    })
  }

  it('a planning account manages the accounts: the list, a new account that can then sign in, a password reset', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    await server().addAccount('luis@quito.gob.ec', 'Luis Tapia', 'consulta')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    expect(within(banner()).getByRole('button', { name: 'Compartir un informe' })).toBeDefined()
    await user.click(within(banner()).getByRole('button', { name: 'Cuentas' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cuentas del equipo' })
    const table = await within(dialog).findByRole('table', { name: 'Cuentas' })
    const rows = () => within(table).getAllByRole('row').slice(1)
    expect(
      rows().map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual(
      expect.arrayContaining([
        ['ana.perez@quito.gob.ec', 'Planificación', 'Restablecer contraseña'],
        ['luis@quito.gob.ec', 'Consulta', 'Restablecer contraseña'],
      ]),
    )

    await user.type(within(dialog).getByLabelText('Nombre'), 'Rosa Andrade')
    await user.type(within(dialog).getByLabelText('Correo electrónico'), 'rosa@quito.gob.ec')
    // A secretaría account needs its unit (the server refuses one without): this one reads only.
    await user.selectOptions(within(dialog).getByLabelText('Rol'), 'consulta')
    await user.type(within(dialog).getByLabelText('Contraseña'), 'otra-clave-bastante-larga')
    await user.click(within(dialog).getByRole('button', { name: 'Crear la cuenta' }))
    expect(await within(dialog).findByText('Se creó la cuenta de Rosa Andrade.')).toBeDefined()
    await waitFor(() => expect(rows()).toHaveLength(3))

    await user.click(within(dialog).getByRole('button', { name: 'Restablecer la contraseña de Luis Tapia' }))
    await user.type(within(dialog).getByLabelText('Contraseña nueva'), 'nueva-clave-de-luis-2026')
    await user.click(within(dialog).getByRole('button', { name: 'Guardar la contraseña' }))
    expect(await within(dialog).findByText('Se cambió la contraseña de Luis Tapia; sus sesiones abiertas se cerraron.')).toBeDefined()

    await user.click(within(dialog).getByRole('button', { name: 'Cerrar' }))
    await user.click(within(banner()).getByRole('button', { name: 'Cerrar sesión' }))
    await user.type(await screen.findByLabelText('Correo electrónico'), 'rosa@quito.gob.ec')
    await user.type(screen.getByLabelText('Contraseña'), 'otra-clave-bastante-larga')
    await user.click(screen.getByRole('button', { name: 'Iniciar sesión' }))
    await reportOpened()
    expect(within(banner()).getByText('Rosa Andrade (Consulta)')).toBeDefined()
  })
})
