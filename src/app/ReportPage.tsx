import { ReviewGrid } from '../features/grid/ReviewGrid'
import { ViewCount } from '../features/grid/ViewCount'
import { ViewProvider } from '../ui/view/ViewProvider'
import { SidePanelArea } from '../features/panels/SidePanelArea'
import { SummaryStrip } from '../features/panels/summary/SummaryStrip'
import { ReportActions } from '../features/files/ReportActions'
import { AppHeader } from './AppHeader'
import { useLanguage, useMessages } from '../ui/i18n/LanguageProvider'
import { ReportHeading } from './ReportHeading'
import { DraftsNotices } from '../features/workspace/DraftsNotices'
import { DraftsToolbar } from '../features/workspace/DraftsToolbar'
import { useReportSession } from '../ui/session/ReportSession'
import { ReviewProgressStatus } from '../features/workspace/ReviewProgressStatus'
import { WorkspaceSessionProvider } from '../ui/session/WorkspaceSessionProvider'
import page from './pageMessage.module.css'
import styles from './ReportPage.module.css'

/** The report view: the open report's grid, side panels and status bar. */
export function ReportPage() {
  const { language, messages } = useLanguage()
  const t = messages.shell
  return (
    <WorkspaceSessionProvider
      loading={
        <>
          <AppHeader />
          <main id="main" className={page.pageMessage} aria-busy="true">
            <p role="status">{t.loadingReport}</p>
          </main>
        </>
      }
      failed={(error, retry) => (
        <>
          <AppHeader />
          <main id="main" className={page.pageMessage}>
            <div role="alert">
              <h1>{t.loadFailed}</h1>
              {error && <p>{error.message[language]}</p>}
            </div>
            <button type="button" onClick={retry}>
              {t.retry}
            </button>
          </main>
        </>
      )}
    >
      <ViewProvider>
        <ReportLayout />
      </ViewProvider>
    </WorkspaceSessionProvider>
  )
}

function ReportLayout() {
  const t = useMessages().shell
  const { report } = useReportSession()
  return (
    <>
      <AppHeader
        toolbar={
          <>
            <ReportActions />
            <DraftsToolbar />
          </>
        }
      >
        <ReportHeading report={report} />
      </AppHeader>
      <DraftsNotices />
      <div className={styles.layout}>
        <main id="main" className={styles.main} aria-label={t.mainRegion} tabIndex={-1}>
          <SummaryStrip />
          <ReviewGrid />
        </main>
        <SidePanelArea />
      </div>
      <footer className={styles.statusBar} aria-label={t.statusBar}>
        <ViewCount />
        <ReviewProgressStatus />
      </footer>
    </>
  )
}
