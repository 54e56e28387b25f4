import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { facetKey } from '../../../src/report/view/computeView'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { appendRecords } from '../../../src/server/records/appendQueue'
import { seedReport } from '../../fixtures/seedReport'
import { cellOf } from '../grid/renderGrid'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()
const reportOpened = () => screen.findByText(`Rendición de cuentas ${seed.year}`)
const objective24 = facetKey(seed.metas[0]!.cells.objective)
const metas24 = seed.metas.filter((m) => facetKey(m.cells.objective) === objective24).map((m) => m.id)
// Meta 200 (objective 1.1) is another unit's.
const meta200 = seed.metas.findIndex((m) => m.cells.no === '200')
const plannedColumn = DEFAULT_COLUMNS.indexOf('planned')
const rowCount = () => Number(screen.getByRole('grid').getAttribute('aria-rowcount')) - 1

describe('a secretaría account and its unit’s metas', () => {
  it('opens on its unit’s metas, which it may edit; another unit’s meta is read-only and says why', async () => {
    const report = await shareSeed(server())
    const salud = await server().addUnit('Secretaría de Salud')
    const ambiente = await server().addUnit('Secretaría de Ambiente')
    const planning = await server().addAccount('paula.andrade@quito.gob.ec', 'Paula Andrade', 'planificacion')
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'secretaria', salud.id)
    const assign = (meta: number, unit: string) => ({ uid: crypto.randomUUID(), kind: 'assign' as const, meta, at: Date.now(), data: { unit } })
    await appendRecords(
      server().db,
      report,
      [...metas24.map((m) => assign(m, salud.id)), assign(meta200, ambiente.id)],
      { id: planning.id, email: 'paula.andrade@quito.gob.ec', name: 'Paula Andrade', role: 'planificacion', unit: null },
      (meta) => seed.metas[meta]!.cells.no,
    )

    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    expect(within(await screen.findByRole('list', { name: 'Filtros activos' })).getByText(/Secretaría de Salud/)).toBeDefined()
    await waitFor(() => expect(rowCount()).toBe(metas24.length))
    expect(cellOf(0, plannedColumn).getAttribute('aria-readonly')).toBeNull()

    // Cleared, the whole report shows; Ambiente's one meta is meta 200, read-only, and says why.
    await user.click(screen.getByRole('button', { name: 'Quitar el filtro Unidad responsable' }))
    await waitFor(() => expect(rowCount()).toBe(seed.metas.length))
    await user.click(screen.getByRole('button', { name: 'Filtrar Unidad responsable' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Filtrar Unidad responsable' })).getByRole('checkbox', { name: 'Secretaría de Ambiente: 1' }))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(rowCount()).toBe(1))
    const why = 'Esta meta está asignada a Secretaría de Ambiente; su cuenta solo cambia las metas de Secretaría de Salud.'
    const cell = cellOf(0, plannedColumn)
    expect(cell.getAttribute('aria-readonly')).toBe('true')
    expect(cell.getAttribute('title')).toBe(why)
    expect(cell.getAttribute('aria-description')).toContain(why)
    await user.click(cell)
    await user.keyboard('{Enter}')
    expect(within(screen.getByRole('grid')).queryByRole('textbox')).toBeNull()
    // The meta panel says it too, and offers no step of the turn.
    expect((await screen.findAllByText(why)).length).toBeGreaterThan(0)
    expect(screen.queryByRole('button', { name: 'Marcar lista para revisión' })).toBeNull()
  }, 180_000)
})
