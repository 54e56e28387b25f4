import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { ReviewGrid } from '../../../src/features/grid/ReviewGrid'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamEdit } from '../team/renderTeam'
import { defaultColumnIndex as col } from './renderGrid'

const seed = seedReport()
// Meta 22 of the seed plans 20; Ana changed it to 29,5 on 1 December 2026 at 10:32 (this machine's time).
const META = 21
const AT = new Date(2026, 11, 1, 10, 32).getTime()

/** The cell of a meta by its row's position in the report (the view's order with no sort). */
function cellOfMeta(meta: number, column: number): HTMLElement {
  const row = within(screen.getByRole('grid'))
    .getAllByRole('row')
    .find((r) => r.getAttribute('aria-rowindex') === String(meta + 2))!
  return within(row).getAllByRole('gridcell')[column]!
}

async function gridWithAnasEdit(language: 'es' | 'en', role: 'secretaria' | 'consulta' = 'secretaria') {
  const page = await renderTeam(<ReviewGrid />, { account: account(role, luis), language, url: `/?meta=${META + 1}` })
  expect(seed.metas[META]!.cells.planned).toBe('20')
  await arrive(page, [teamEdit(ana, META, 'planned', '20', '29,5', AT)])
  return page
}

describe('who changed a cell, on a shared report', () => {
  test('the edited cell tells who changed it, when, and from what to what', async () => {
    await gridWithAnasEdit('es')
    const cell = cellOfMeta(META, col('planned'))
    expect(cell.textContent).toBe('29,5')
    expect(cell.getAttribute('aria-description')).toBe('Editado por Ana Pérez el 1/12/2026 10:32: 20 → 29,5')
    expect(within(cell).queryByTitle('Editado por Ana Pérez el 1/12/2026 10:32: 20 → 29,5. Revertir al original: Alt+Retroceso o menú contextual')).not.toBeNull()
  })

  test('in English, with the report’s figures as the grid shows them; a read-only account is not told how to revert', async () => {
    await gridWithAnasEdit('en', 'consulta')
    const cell = cellOfMeta(META, col('planned'))
    expect(cell.getAttribute('aria-description')).toBe('Edited by Ana Pérez on 1/12/2026 10:32: 20 → 29,5')
    expect(within(cell).queryByTitle('Edited by Ana Pérez on 1/12/2026 10:32: 20 → 29,5')).not.toBeNull()
  })

  test('this user’s own edit is told with their account’s name', async () => {
    const user = userEvent.setup()
    await gridWithAnasEdit('es')
    await user.click(cellOfMeta(META, col('achieved')))
    await user.keyboard('25{Tab}')
    expect(cellOfMeta(META, col('achieved')).getAttribute('aria-description')).toMatch(/^Editado por Luis Mora el \d{1,2}\/\d{1,2}\/\d{4} \d{2}:\d{2}: 20 → 25$/)
  })
})
