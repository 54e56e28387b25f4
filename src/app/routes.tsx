import { createBrowserRouter } from 'react-router'
import { NotFoundPage } from './NotFoundPage'
import { ReportPage } from './ReportPage'
import { RouteErrorPage } from './RouteErrorPage'

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <ReportPage />, errorElement: <RouteErrorPage /> },
    { path: '*', element: <NotFoundPage /> },
  ])
}
