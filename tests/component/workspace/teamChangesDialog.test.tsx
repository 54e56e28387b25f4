import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ChangesDialog } from '../../../src/features/workspace/ChangesDialog'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamEdit } from '../team/renderTeam'

const seed = seedReport()
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent)

describe('the changes dialog of a shared report', () => {
  test('names who made each change; a read-only account is offered no revert', async () => {
    const page = await renderTeam(<ChangesDialog onClose={() => undefined} />, { account: account('consulta', luis) })
    const planned = seed.metas[21]!.cells.planned
    await arrive(page, [teamEdit(ana, 21, 'planned', planned, '29,5'), teamEdit(luis, 4, 'result', seed.metas[4]!.cells.result, 'Resultado corregido')])
    const table = screen.getByRole('table', { name: 'Celdas editadas' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Meta', 'Columna', 'Original', 'Actual', 'Cuándo', 'Por'])
    const [, ...rows] = within(table).getAllByRole('row')
    expect(rows.map((r) => [cellsOf(r)[0], cellsOf(r)[5]]).sort()).toEqual(
      [
        [seed.metas[21]!.cells.no, 'Ana Pérez'],
        [seed.metas[4]!.cells.no, 'Luis Mora'],
      ].sort(),
    )
    expect(screen.queryByRole('button', { name: /^Revertir/ })).toBeNull()
  })

  test('an editing account keeps its revert buttons beside the author', async () => {
    const page = await renderTeam(<ChangesDialog onClose={() => undefined} />, { account: account('secretaria', luis) })
    await arrive(page, [teamEdit(ana, 21, 'planned', seed.metas[21]!.cells.planned, '29,5')])
    const [, row] = within(screen.getByRole('table', { name: 'Celdas editadas' })).getAllByRole('row')
    expect(cellsOf(row!)[5]).toBe('Ana Pérez')
    expect(within(row!).getByRole('button', { name: `Revertir Total planificado de la meta ${seed.metas[21]!.cells.no} al original` })).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Revertir el cambio mostrado' })).not.toBeNull()
  })
})
