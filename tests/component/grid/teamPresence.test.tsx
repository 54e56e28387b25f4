import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { ReviewGrid } from '../../../src/features/grid/ReviewGrid'
import { PresenceList } from '../../../src/features/workspace/PresenceList'
import type { Person } from '../../../src/ui/session/PresenceContext'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { renderWithView } from '../panels/renderWithView'
import { account, renderTeam } from '../team/renderTeam'
import { cellOf, defaultColumnIndex as col } from './renderGrid'

const seed = seedReport()
// Ana is on the meta at index 11 (its number in the report: 12); Marta has the report open on no meta.
const people: Person[] = [
  { accountId: ana.id, name: ana.name, initials: 'AP', meta: 11 },
  { accountId: 'a0000000-0000-4000-8000-000000000003', name: 'Marta Ruiz', initials: 'MR', meta: null },
]

function renderShared(language: 'es' | 'en' = 'es', showMeta = vi.fn()) {
  return renderTeam(
    <>
      <PresenceList />
      <ReviewGrid />
    </>,
    { account: account('secretaria', luis), people, showMeta, language },
  )
}

describe('who else has the shared report open', () => {
  test('the header’s list shows each person’s initials, named with the meta they are on', async () => {
    await renderShared()
    expect(seed.metas[11]!.cells.no).toBe('12')
    const list = screen.getByRole('list', { name: 'Personas con el informe abierto' })
    expect(
      within(list)
        .getAllByRole('img')
        .map((i) => [i.textContent, i.getAttribute('aria-label'), i.title]),
    ).toEqual([
      ['AP', 'Ana Pérez está en la meta 12', 'Ana Pérez está en la meta 12'],
      ['MR', 'Marta Ruiz tiene el informe abierto', 'Marta Ruiz tiene el informe abierto'],
    ])
  })

  test('in English', async () => {
    await renderShared('en')
    const list = screen.getByRole('list', { name: 'People with the report open' })
    expect(within(list).getAllByRole('img', { name: 'Ana Pérez is on goal 12' })).toHaveLength(1)
    expect(within(list).getAllByRole('img', { name: 'Marta Ruiz has the report open' })).toHaveLength(1)
  })

  test('the grid shows a person’s initials beside the row of the meta they are on, and on no other row', async () => {
    await renderShared()
    const grid = screen.getByRole('grid')
    const marked = within(grid)
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('img', { name: /está en la meta/ }) !== null)
    expect(marked.map((row) => row.getAttribute('aria-rowindex'))).toEqual([String(11 + 2)])
    const first = within(marked[0]!).getAllByRole('gridcell')[0]!
    expect(within(first).getByRole('img', { name: 'Ana Pérez está en la meta 12' }).textContent).toBe('AP')
    expect(within(grid).queryByRole('img', { name: /Marta Ruiz/ })).toBeNull()
  })

  test('the meta this user moves to is told to the others', async () => {
    const user = userEvent.setup()
    const showMeta = vi.fn()
    await renderShared('es', showMeta)
    await user.click(cellOf(3, col('planned')))
    await waitFor(() => expect(showMeta).toHaveBeenLastCalledWith(3))
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(showMeta).toHaveBeenLastCalledWith(4))
  })

  test('a browser’s own copy shows nobody', () => {
    renderWithView(seed, <PresenceList />)
    expect(screen.queryByRole('list')).toBeNull()
  })
})
