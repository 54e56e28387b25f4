import { render } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { LanguageProvider } from '../../../src/app/i18n/LanguageProvider'
import { MemorySessionProvider } from '../../../src/app/session/MemorySessionProvider'
import { ReviewGrid } from '../../../src/grid/ReviewGrid'
import { ViewCount } from '../../../src/grid/ViewCount'
import { ViewProvider } from '../../../src/grid/view/ViewProvider'
import { parseReport } from '../../../src/report/parseReport'
import type { Report } from '../../../src/report/types'

/** The embedded report, parsed by the real parser. */
export function loadSeed(): Report {
  const parsed = parseReport(new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt'))))
  if (!parsed.ok) throw new Error(parsed.error.message.en)
  return parsed.report
}

/** The grid as the report page shows it (in-memory session, view in the URL), plus the status count. */
export function renderGrid(report: Report, url = '/') {
  localStorage.clear()
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <MemorySessionProvider original={report}>
            <ViewProvider>
              <ReviewGrid />
              <footer>
                <ViewCount />
              </footer>
            </ViewProvider>
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
  const params = () => new URLSearchParams(router.state.location.search)
  return { ...rendered, router, params }
}
