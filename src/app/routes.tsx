import { createBrowserRouter } from 'react-router'
import { NotFoundPage } from './NotFoundPage'
import { ReportPage } from './ReportPage'
import { RouteErrorPage } from './RouteErrorPage'

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <ReportPage />, errorElement: <RouteErrorPage /> },
    // Loaded when first visited: its chart library (recharts) would otherwise be half the initial JavaScript.
    { path: '/comparar', lazy: async () => ({ Component: (await import('./ComparePage')).ComparePage }), errorElement: <RouteErrorPage /> },
    { path: '*', element: <NotFoundPage /> },
  ])
}
