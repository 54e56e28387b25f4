import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { MemorySessionProvider } from '../../../src/ui/session/MemorySessionProvider'
import { ViewProvider } from '../../../src/ui/view/ViewProvider'
import type { Report } from '../../../src/report/types'

/** Renders `ui` the way the report page does: a session over `report`, the view from the URL `url`. */
export function renderWithView(report: Report, ui: ReactNode, url = '/') {
  localStorage.clear()
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <MemorySessionProvider original={report}>
            <ViewProvider>{ui}</ViewProvider>
          </MemorySessionProvider>
        ),
      },
    ],
    { initialEntries: [url] },
  )
  const rendered = render(
    <LanguageProvider initial="es">
      <RouterProvider router={router} />
    </LanguageProvider>,
  )
  /** The current URL's search params, as the view wrote them. */
  const params = () => new URLSearchParams(router.state.location.search)
  return { ...rendered, router, params }
}
