import { useCallback } from 'react'
import { AssignButton } from '../../features/assign/AssignButton'
import { useNavigate, useParams } from 'react-router'
import { SharedReportProvider } from '../../ui/session/SharedReportProvider'
import { ViewProvider } from '../../ui/view/ViewProvider'
import { ReportLoadingPage } from '../BusyPage'
import { ReportFailedPage, ReportLayout } from '../ReportLayout'
import { reportPath } from './teamPaths'

/** One shared report, named by the address (a reload reopens it): the same screens as local mode. */
export function SharedReportPage() {
  const { reportId = '' } = useParams()
  const navigate = useNavigate()
  const openReport = useCallback((id: string) => void navigate(reportPath(id)), [navigate])
  return (
    <SharedReportProvider
      key={reportId}
      reportId={reportId}
      openReport={openReport}
      loading={<ReportLoadingPage />}
      failed={(error, retry) => <ReportFailedPage error={error} retry={retry} />}
    >
      <ViewProvider>
        <ReportLayout commands={<AssignButton />} />
      </ViewProvider>
    </SharedReportProvider>
  )
}
