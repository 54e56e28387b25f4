import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { seedReport } from '../../fixtures/seedReport'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()
const banner = () => screen.getByRole('banner')

describe('planning manages the units', () => {
  it('adds and renames units, refuses a name taken, and gives a new secretaría account its unit', async () => {
    await shareSeed(server())
    await server().addAccount('paula.andrade@quito.gob.ec', 'Paula Andrade', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'paula.andrade@quito.gob.ec')
    await screen.findByText(`Rendición de cuentas ${seed.year}`)

    await user.click(within(banner()).getByRole('button', { name: 'Unidades' }))
    const dialog = await screen.findByRole('dialog', { name: 'Unidades' })
    for (const name of ['Secretaría de Salud', 'Secretaria de Ambiente']) {
      await user.type(within(dialog).getByRole('textbox', { name: 'Nombre de la unidad' }), name)
      await user.click(within(dialog).getByRole('button', { name: 'Agregar unidad' }))
      expect(await within(dialog).findByText(`Unidad agregada: ${name}.`)).toBeDefined()
    }
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre de la unidad' }), 'secretaría de salud')
    await user.click(within(dialog).getByRole('button', { name: 'Agregar unidad' }))
    expect(await within(dialog).findByRole('alert')).toBeDefined()
    await user.clear(within(dialog).getByRole('textbox', { name: 'Nombre de la unidad' }))

    await user.click(within(dialog).getByRole('button', { name: 'Cambiar el nombre de Secretaria de Ambiente' }))
    const newName = within(dialog).getByRole('textbox', { name: 'Nuevo nombre de Secretaria de Ambiente' })
    await user.clear(newName)
    await user.type(newName, 'Secretaría de Ambiente')
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }))
    expect(await within(dialog).findByText('Nombre cambiado: Secretaría de Ambiente.')).toBeDefined()
    const list = within(dialog).getByRole('list', { name: 'Unidades de la organización' })
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.querySelector('span')?.textContent),
      ).toEqual(['Secretaría de Ambiente', 'Secretaría de Salud']),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cerrar' }))

    await user.click(within(banner()).getByRole('button', { name: 'Cuentas' }))
    const accounts = await screen.findByRole('dialog', { name: 'Cuentas del equipo' })
    await user.type(within(accounts).getByLabelText('Nombre'), 'Ana Pérez')
    await user.type(within(accounts).getByLabelText('Correo electrónico'), 'ana.perez@quito.gob.ec')
    await user.selectOptions(within(accounts).getByRole('combobox', { name: 'Unidad' }), 'Secretaría de Salud')
    await user.type(within(accounts).getByLabelText('Contraseña'), 'otra-clave-bastante-larga')
    await user.click(within(accounts).getByRole('button', { name: 'Crear la cuenta' }))
    expect(await within(accounts).findByText('Se creó la cuenta de Ana Pérez.')).toBeDefined()
    const [row] = await server().db.query<{ unit: string }>("select u.name as unit from accounts a join units u on u.id = a.unit_id where a.email = 'ana.perez@quito.gob.ec'")
    expect(row?.unit).toBe('Secretaría de Salud')

    await user.selectOptions(await within(accounts).findByRole('combobox', { name: 'Unidad de Ana Pérez' }), 'Secretaría de Ambiente')
    expect(await within(accounts).findByText('Ana Pérez pertenece ahora a Secretaría de Ambiente.')).toBeDefined()
  }, 180_000)
})
