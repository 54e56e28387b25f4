import { CompareLink } from '../features/compare/CompareLink'
import { ViewProvider } from '../ui/view/ViewProvider'
import { WorkspaceSessionProvider } from '../ui/session/WorkspaceSessionProvider'
import { ReportLoadingPage } from './BusyPage'
import { ReportFailedPage, ReportLayout } from './ReportLayout'

/** The report view of local mode: the browser's own workspace, its grid, side panels and status bar. */
export function ReportPage() {
  return (
    <WorkspaceSessionProvider loading={<ReportLoadingPage />} failed={(error, retry) => <ReportFailedPage error={error} retry={retry} />}>
      <ViewProvider>
        {/* Comparing reads this browser's workspaces: local mode only (a shared report's versions are not offered yet). */}
        <ReportLayout commands={<CompareLink />} />
      </ViewProvider>
    </WorkspaceSessionProvider>
  )
}
