import { ReviewGrid } from '../features/grid/ReviewGrid'
import { ViewCount } from '../features/grid/ViewCount'
import { PendingButton } from '../features/panels/pending/PendingButton'
import { SidePanelArea } from '../features/panels/SidePanelArea'
import { SummaryStrip } from '../features/panels/summary/SummaryStrip'
import { ReportActions } from '../features/files/ReportActions'
import { DraftsNotices } from '../features/workspace/DraftsNotices'
import { DraftsToolbar } from '../features/workspace/DraftsToolbar'
import { PresenceList } from '../features/workspace/PresenceList'
import { RoundBanner } from '../features/workspace/RoundBanner'
import { ReviewProgressStatus } from '../features/workspace/ReviewProgressStatus'
import type { ReactNode } from 'react'
import type { Bilingual } from '../drafts/syncState'
import { useLanguage, useMessages } from '../ui/i18n/LanguageProvider'
import { useReportSession } from '../ui/session/ReportSession'
import { AppHeader } from './AppHeader'
import { ReportHeading } from './ReportHeading'
import page from './pageMessage.module.css'
import styles from './ReportPage.module.css'

/** A report that could not be opened: why, and another try. */
export function ReportFailedPage({ error, retry }: { error: { readonly message: Bilingual } | null; retry: () => void }) {
  const { language, messages } = useLanguage()
  const t = messages.shell
  return (
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
  )
}

/** The open report's grid, side panels and status bar, under a header with its commands (and the page's own, `commands`). */
export function ReportLayout({ commands }: { commands?: ReactNode }) {
  const t = useMessages().shell
  const { report } = useReportSession()
  return (
    <>
      <AppHeader
        others={
          <>
            <PendingButton />
            <PresenceList />
          </>
        }
        toolbar={
          <>
            <ReportActions />
            <DraftsToolbar />
            {commands}
          </>
        }
      >
        <ReportHeading report={report} />
      </AppHeader>
      <DraftsNotices />
      <RoundBanner />
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
