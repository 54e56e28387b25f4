import type { Report } from '../report/types'
import { ViewProvider } from '../grid/view/ViewProvider'
import { SidePanelArea } from '../panels/SidePanelArea'
import { ReportActions } from '../export/ReportActions'
import { AppHeader } from './AppHeader'
import { useMessages } from './i18n/LanguageProvider'
import { ReportHeading } from './ReportHeading'
import { MemorySessionProvider } from './session/MemorySessionProvider'
import { useEmbeddedReport } from './useEmbeddedReport'

/** The report view: the open report's grid, side panels and status bar. */
export function ReportPage() {
  const t = useMessages().shell
  const query = useEmbeddedReport()
  if (query.isPending) {
    return (
      <>
        <AppHeader />
        <main id="main" className="page-message" aria-busy="true">
          <p role="status">{t.loadingReport}</p>
        </main>
      </>
    )
  }
  const result = query.data
  if (!result || !result.ok) {
    return (
      <>
        <AppHeader />
        <main id="main" className="page-message">
          <div role="alert">
            <h1>{t.loadFailed}</h1>
            {result && !result.ok && <p>{result.error.message.es}</p>}
          </div>
          <button type="button" onClick={() => void query.refetch()}>
            {t.retry}
          </button>
        </main>
      </>
    )
  }
  return (
    <MemorySessionProvider original={result.report}>
      <ViewProvider>
        <ReportLayout report={result.report} />
      </ViewProvider>
    </MemorySessionProvider>
  )
}

function ReportLayout({ report }: { report: Report }) {
  const t = useMessages().shell
  return (
    <>
      <AppHeader>
        <ReportHeading report={report} />
        <ReportActions />
      </AppHeader>
      <div className="report-layout">
        <main id="main" className="report-main" aria-label={t.mainRegion} tabIndex={-1} />
        <SidePanelArea />
      </div>
      <footer className="status-bar" aria-label={t.statusBar}>
        <span>{t.metaCount(report.metas.length)}</span>
      </footer>
    </>
  )
}
