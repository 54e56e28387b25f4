import { createBrowserRouter } from 'react-router'
import { ComparePage } from './ComparePage'
import { NotFoundPage } from './NotFoundPage'
import { ReportPage } from './ReportPage'
import { RouteErrorPage } from './RouteErrorPage'

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <ReportPage />, errorElement: <RouteErrorPage /> },
    { path: '/comparar', element: <ComparePage />, errorElement: <RouteErrorPage /> },
    { path: '*', element: <NotFoundPage /> },
  ])
}
