import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { File as NodeFile } from 'node:buffer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/app/App'
import { seedReport, seedText } from '../../fixtures/seedReport'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()

afterEach(() => vi.restoreAllMocks())

/** The browser's file picker answering with a file of these bytes when the hidden input is clicked. */
function pickerAnswers(bytes: Uint8Array, name: string): void {
  const file = new NodeFile([bytes], name) as unknown as File
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    if (this.type !== 'file') return
    Object.defineProperty(this, 'files', { configurable: true, value: [file] })
    this.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

const the2021Report = () => new Uint8Array(Buffer.from(seedText().replace('RENDICIÓN DE CUENTAS 2020', 'RENDICIÓN DE CUENTAS 2021'), 'utf8'))

async function plannerOnTheList() {
  await shareSeed(server())
  await server().share(the2021Report(), 'rendicion-2021.txt')
  const ana = await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
  const user = userEvent.setup()
  render(<App />)
  await signIn(user, 'ana.perez@quito.gob.ec')
  await screen.findByRole('link', { name: `${seed.entity}, 2021` })
  return { ana, user }
}

describe('sharing a report (planning)', () => {
  it('on the report page, the Importar dialog and a file dragged over the page say the file will be shared with the team', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    await screen.findByText(`Rendición de cuentas ${seed.year}`)
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'] } })
    expect(screen.getByText('Suelte el archivo para compartirlo con el equipo').getAttribute('role')).toBe('status')
    fireEvent.dragLeave(window, { dataTransfer: { types: ['Files'] } })
    await user.click(screen.getByRole('button', { name: 'Compartir un informe' }))
    const dialog = screen.getByRole('dialog', { name: 'Compartir un informe' })
    expect(dialog.textContent).not.toMatch(/espacio de trabajo/)
  })

  it('the import uploads the file and opens it as a shared report, which the list then shows as shared by this account', async () => {
    const { user } = await plannerOnTheList()
    const bytes = new Uint8Array(Buffer.from(seedText().replace('RENDICIÓN DE CUENTAS 2020', 'RENDICIÓN DE CUENTAS 2022'), 'utf8'))
    pickerAnswers(bytes, 'rendicion-2022.txt')
    await user.click(screen.getByRole('button', { name: 'Compartir un informe' }))
    const dialog = screen.getByRole('dialog', { name: 'Compartir un informe' })
    // It speaks of sharing with the team, never of a private workspace.
    expect(within(dialog).getByText(/Se subirá al servidor y todo el equipo lo verá en «Informes compartidos»/)).toBeDefined()
    expect(dialog.textContent).not.toMatch(/espacio de trabajo/)
    await user.click(within(dialog).getByRole('button', { name: 'Elegir archivo…' }))
    expect(await screen.findByText('Rendición de cuentas 2022')).toBeDefined()
    const [shared] = await server().db.query<{ id: string }>("select id from reports where file_name = 'rendicion-2022.txt'")
    expect(window.location.pathname).toBe(`/informes/${shared!.id}`)
    await user.click(screen.getByRole('link', { name: 'Lista de informes' }))
    const item = (await screen.findByRole('link', { name: `${seed.entity}, 2022` })).closest('li')!
    expect(item.textContent).toContain('compartido por Ana Pérez el ')
  })

  it('when the server refuses (the account is no longer planning), the import dialog says why and nothing opens', async () => {
    const { ana, user } = await plannerOnTheList()
    await server().db.query("update accounts set role = 'secretaria' where id = $1", [ana.id])
    pickerAnswers(the2021Report(), 'otro.txt')
    await user.click(screen.getByRole('button', { name: 'Compartir un informe' }))
    const dialog = screen.getByRole('dialog', { name: 'Compartir un informe' })
    await user.click(within(dialog).getByRole('button', { name: 'Elegir archivo…' }))
    expect(await within(dialog).findByText('No se pudo compartir «otro.txt»: Solo una cuenta de planificación puede compartir informes.')).toBeDefined()
    expect(window.location.pathname).toBe('/')
  })
})
