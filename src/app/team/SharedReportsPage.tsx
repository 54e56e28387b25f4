import { useCallback, useState } from 'react'
import { Navigate, useNavigate } from 'react-router'
import { ImportDialog } from '../../features/files/ImportDialog'
import { SharedReportList } from '../../features/team/SharedReportList'
import { allows } from '../../report/team/access'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useSignedIn } from '../../ui/session/teamContext'
import { useSharedReports } from '../../ui/session/teamQueries'
import { useSharingWorkspaces } from '../../ui/session/useSharingWorkspaces'
import { WorkspacesContext } from '../../ui/session/WorkspacesContext'
import { AppHeader } from '../AppHeader'
import page from '../pageMessage.module.css'
import { reportPath } from './teamPaths'
import styles from './SharedReportsPage.module.css'

/** The address '/': with one shared report (the server shares its own at start), that report; else the list. */
export function TeamHomePage() {
  const reports = useSharedReports()
  if (reports.data?.length === 1) return <Navigate to={reportPath(reports.data[0]!.id)} replace />
  return <SharedReportsPage />
}

/** Every report shared on the server; planning accounts share another here (the import, uploaded). */
export function SharedReportsPage() {
  const t = useMessages().team
  const { account } = useSignedIn()
  const navigate = useNavigate()
  const openReport = useCallback((id: string) => void navigate(reportPath(id)), [navigate])
  const sharing = useSharingWorkspaces(null, openReport)
  const [importing, setImporting] = useState(false)
  return (
    <>
      <AppHeader />
      <main id="main" className={page.pageMessage}>
        <div className={styles.head}>
          <h1>{t.reportsTitle}</h1>
          {allows(account, 'reports.share') && (
            <button type="button" aria-haspopup="dialog" onClick={() => setImporting(true)}>
              {t.share}
            </button>
          )}
        </div>
        <p>{t.reportsIntro}</p>
        <SharedReportList linkTo={reportPath} />
        {importing && (
          <WorkspacesContext.Provider value={sharing}>
            <ImportDialog initialFile={null} onClose={() => setImporting(false)} />
          </WorkspacesContext.Provider>
        )}
      </main>
    </>
  )
}
