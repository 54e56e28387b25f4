import { createBrowserRouter } from 'react-router'
import { NotFoundPage } from '../NotFoundPage'
import { RouteErrorPage } from '../RouteErrorPage'
import { SharedReportPage } from './SharedReportPage'
import { SharedReportsPage, TeamHomePage } from './SharedReportsPage'
import { TeamGate } from './TeamGate'
import { REPORT_LIST_PATH } from './teamPaths'

export function createTeamRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <TeamGate />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <TeamHomePage /> },
        { path: REPORT_LIST_PATH.slice(1), element: <SharedReportsPage /> },
        { path: `${REPORT_LIST_PATH.slice(1)}/:reportId`, element: <SharedReportPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}
