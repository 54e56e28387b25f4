import { screen, within } from '@testing-library/react'
import { render } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { facetKey } from '../../../src/report/view/computeView'
import { TEAM_DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { cellOf } from '../grid/renderGrid'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()
const reportOpened = () => screen.findByText(`Rendición de cuentas ${seed.year}`)
const unitColumn = TEAM_DEFAULT_COLUMNS.indexOf('unit')
// Objective 2.4 is the first meta's: its metas are counted from the report.
const objective24 = facetKey(seed.metas[0]!.cells.objective)
const metasOf24 = seed.metas.filter((m) => facetKey(m.cells.objective) === objective24).length
const total = seed.metas.length

async function assign(user: UserEvent, scope: RegExp, unit: string, objectivePrefix?: string) {
  await user.click(screen.getByRole('button', { name: 'Asignar…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Asignar metas' })
  await user.click(within(dialog).getByRole('radio', { name: scope }))
  if (objectivePrefix) {
    const objective = within(dialog).getByRole('combobox', { name: 'Objetivo' })
    await user.selectOptions(objective, within(objective).getByRole('option', { name: new RegExp(`^${objectivePrefix.replace('.', '\\.')} `) }))
  }
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Unidad' }), unit)
  await user.click(within(dialog).getByRole('button', { name: 'Asignar' }))
}

/** The unit filter's choices as their accessible names say them ("Secretaría de Salud: 92"). */
async function unitCounts(user: UserEvent): Promise<string[]> {
  await user.click(screen.getByRole('button', { name: 'Filtrar Unidad responsable' }))
  const filter = await screen.findByRole('dialog', { name: 'Filtrar Unidad responsable' })
  const names = within(filter)
    .getAllByRole('checkbox')
    .map((box) => box.getAttribute('aria-label') ?? '')
  await user.keyboard('{Escape}')
  return names
}

describe('planning assigns metas to units', () => {
  it('by objective, by the grid’s selection and by the view; the column and the unit filter’s counts follow, and the server gets one record per meta', async () => {
    await shareSeed(server())
    await server().addUnit('Secretaría de Salud')
    await server().addUnit('Secretaría de Ambiente')
    await server().addAccount('paula.andrade@quito.gob.ec', 'Paula Andrade', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'paula.andrade@quito.gob.ec')
    await reportOpened()
    expect(screen.getByRole('columnheader', { name: /Unidad responsable/ })).toBeDefined()
    expect(cellOf(0, unitColumn).textContent).toBe('Sin asignar')

    await assign(user, /^Por objetivo$/, 'Secretaría de Salud', '2.4')
    expect(await screen.findByText(`${metasOf24} metas asignadas a Secretaría de Salud.`)).toBeDefined()
    expect(cellOf(0, unitColumn).textContent).toBe('Secretaría de Salud')
    expect(await unitCounts(user)).toEqual([`Secretaría de Ambiente: 0`, `Secretaría de Salud: ${metasOf24}`, `Sin asignar: ${total - metasOf24}`])

    // Three rows selected in the grid (the first three metas, objective 2.4's) go to Ambiente.
    await user.click(cellOf(0, 0))
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}')
    await assign(user, /^Las 3 metas seleccionadas$/, 'Secretaría de Ambiente')
    expect(await screen.findByText('3 metas asignadas a Secretaría de Ambiente.')).toBeDefined()
    expect(await unitCounts(user)).toEqual([`Secretaría de Ambiente: 3`, `Secretaría de Salud: ${metasOf24 - 3}`, `Sin asignar: ${total - metasOf24}`])

    // The view of Ambiente's metas, all of it back to Salud; undone, they are Ambiente's again.
    await user.click(screen.getByRole('button', { name: 'Filtrar Unidad responsable' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Filtrar Unidad responsable' })).getByRole('checkbox', { name: /^Secretaría de Ambiente:/ }))
    await user.keyboard('{Escape}')
    await assign(user, /^Las 3 metas de la vista$/, 'Secretaría de Salud')
    expect(await screen.findByText('3 metas asignadas a Secretaría de Salud.')).toBeDefined()
    expect(await unitCounts(user)).toEqual([`Secretaría de Ambiente: 0`, `Secretaría de Salud: ${metasOf24}`, `Sin asignar: ${total - metasOf24}`])
    await user.click(screen.getByRole('button', { name: 'Deshacer la asignación' }))
    expect(await unitCounts(user)).toEqual([`Secretaría de Ambiente: 3`, `Secretaría de Salud: ${metasOf24 - 3}`, `Sin asignar: ${total - metasOf24}`])

    // Over a hundred records to push and acknowledge on a busy machine: more than the usual wait.
    expect(await screen.findByText('Sincronizado', {}, { timeout: 60_000 })).toBeDefined()
    const stored = await server().db.query<{ n: number }>("select count(*)::int as n from records where kind = 'assign'")
    expect(stored).toEqual([{ n: metasOf24 + 3 + 3 + 3 }])
  }, 240_000)
})
