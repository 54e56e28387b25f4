import { AppHeader } from './AppHeader'
import { useMessages } from '../ui/i18n/LanguageProvider'
import page from './pageMessage.module.css'

/** Shown when a page fails to render: drafts are already saved, so reloading loses nothing. */
export function RouteErrorPage() {
  const t = useMessages().shell
  return (
    <>
      <AppHeader />
      <main id="main" className={page.pageMessage}>
        <div role="alert">
          <h1>{t.pageFailedTitle}</h1>
          <p>{t.pageFailedBody}</p>
        </div>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </main>
    </>
  )
}
