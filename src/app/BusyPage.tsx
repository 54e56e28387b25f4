import { useMessages } from '../ui/i18n/LanguageProvider'
import { AppHeader } from './AppHeader'
import page from './pageMessage.module.css'

/** A page that waits for something (the report, the server): the banner and what it waits for. */
export function BusyPage({ waiting }: { waiting: string }) {
  return (
    <>
      <AppHeader />
      <main id="main" className={page.pageMessage} aria-busy="true">
        <p role="status">{waiting}</p>
      </main>
    </>
  )
}

/** What shows while a report opens (and while its page's code loads). */
export function ReportLoadingPage() {
  return <BusyPage waiting={useMessages().shell.loadingReport} />
}
