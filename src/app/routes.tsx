import { lazy, Suspense } from 'react'
import { createBrowserRouter } from 'react-router'
import { ReportLoadingPage } from './BusyPage'
import { NotFoundPage } from './NotFoundPage'
import { RouteErrorPage } from './RouteErrorPage'

/**
 * The report page (grid, panels, drafts store) is its own download, started while the app asks
 * whether a team server serves it: the first paint needs only the shell.
 */
export const preloadReportPage = () => import('./ReportPage')
const ReportPage = lazy(async () => ({ default: (await preloadReportPage()).ReportPage }))

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: (
        <Suspense fallback={<ReportLoadingPage />}>
          <ReportPage />
        </Suspense>
      ),
      errorElement: <RouteErrorPage />,
    },
    // Loaded when first visited: its chart library (recharts) would otherwise be half the initial JavaScript.
    { path: '/comparar', lazy: async () => ({ Component: (await import('./ComparePage')).ComparePage }), errorElement: <RouteErrorPage /> },
    { path: '*', element: <NotFoundPage /> },
  ])
}
