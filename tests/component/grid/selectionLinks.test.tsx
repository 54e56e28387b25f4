import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { expect, test } from 'vitest'
import { AppHeader } from '../../../src/app/AppHeader'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { MemorySessionProvider } from '../../../src/ui/session/MemorySessionProvider'
import { WorkspacesContext, type WorkspacesState } from '../../../src/ui/session/WorkspacesContext'
import { ReviewGrid } from '../../../src/features/grid/ReviewGrid'
import { ViewCount } from '../../../src/features/grid/ViewCount'
import { ViewProvider } from '../../../src/ui/view/ViewProvider'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { checkReport } from '../../../src/report/findings'
import { renderWithView } from '../panels/renderWithView'
import { seedReport } from '../../fixtures/seedReport'
import { renderGrid } from './renderGrid'

const seed = seedReport()
const grid = () => screen.getByRole('grid')
const selectedRow = () => grid().querySelector('[role="row"][aria-selected="true"]')

test('a link with meta=351 selects the last meta of the seed (meta is the 1-based row of the report)', () => {
  renderGrid(seed, `/?meta=${seed.metas.length}`)
  expect(selectedRow()?.getAttribute('data-meta')).toBe(String(seed.metas.length - 1))
})

test('a meta beyond the report selects nothing, and an unknown band is ignored rather than emptying the view', () => {
  renderGrid(seed, `/?meta=${seed.metas.length + 1}&band=lt50`)
  expect(selectedRow()).toBeNull()
  expect(screen.getByRole('contentinfo').textContent).toBe(`${seed.metas.length} de ${seed.metas.length} metas`)
})

test('after switching workspace, the meta selected in the previous report no longer selects a row', () => {
  let switchTo: (hash: string) => void = () => {}
  function Workspaces({ children }: { children: React.ReactNode }) {
    const [current, setCurrent] = useState('first')
    switchTo = setCurrent
    const state: WorkspacesState = { workspaces: [], current, open: setCurrent, remove: async () => {}, createWorkspaceFromFile: async () => ({ ok: false }) as never }
    return <WorkspacesContext.Provider value={state}>{children}</WorkspacesContext.Provider>
  }
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <Workspaces>
            <MemorySessionProvider original={seed}>
              <ViewProvider>
                <ReviewGrid />
                <ViewCount />
              </ViewProvider>
            </MemorySessionProvider>
          </Workspaces>
        ),
      },
    ],
    { initialEntries: ['/?meta=5'] },
  )
  render(
    <LanguageProvider initial="es">
      <RouterProvider router={router} />
    </LanguageProvider>,
  )
  expect(selectedRow()?.getAttribute('data-meta')).toBe('4')
  act(() => switchTo('second'))
  expect(selectedRow()).toBeNull()
  expect(new URLSearchParams(router.state.location.search).has('meta')).toBe(false)
})

test('following a finding puts the active cell on the finding’s column of its meta', async () => {
  const user = userEvent.setup()
  const target = checkReport(seed).find((f) => f.rule === 'justificationMissing' && f.column === 'result')
  if (!target) throw new Error('the seed has no finding of a missing justification')
  renderWithView(
    seed,
    <>
      <ReviewGrid />
      <SidePanelArea />
    </>,
  )
  await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
  await user.click(screen.getByRole('button', { name: /^Falta la justificación/ }))
  await user.click(screen.getByRole('button', { name: `Ir a la meta ${target.no}, columna Descripción del resultado` }))
  await waitFor(() => {
    const active = document.getElementById(grid().getAttribute('aria-activedescendant') ?? '')
    expect(active?.closest('[role="row"]')?.getAttribute('data-meta')).toBe(String(target.meta))
    const header = screen.getByRole('columnheader', { name: /^Descripción del resultado/ })
    expect(active?.getAttribute('aria-colindex')).toBe(header.getAttribute('aria-colindex'))
  })
})

test('the skip link lands on the grid with its first cell active, not on the page region', async () => {
  const user = userEvent.setup()
  renderWithView(
    seed,
    <>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <ReviewGrid />
      </main>
    </>,
  )
  await user.tab()
  expect(document.activeElement?.textContent).toBe('Saltar a la tabla de metas')
  await user.keyboard('{Enter}')
  expect(document.activeElement).toBe(grid())
  const active = document.getElementById(grid().getAttribute('aria-activedescendant') ?? '')
  expect(active?.closest('[role="row"]')?.getAttribute('data-meta')).toBe(String(seed.metas[0].id))
})
