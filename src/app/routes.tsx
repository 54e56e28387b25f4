import { createBrowserRouter } from 'react-router'
import { NotFoundPage } from './NotFoundPage'
import { ReportPage } from './ReportPage'

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <ReportPage /> },
    { path: '*', element: <NotFoundPage /> },
  ])
}
