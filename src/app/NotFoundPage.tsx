import { Link } from 'react-router'
import { AppHeader } from './AppHeader'
import { useMessages } from '../ui/i18n/LanguageProvider'
import page from './pageMessage.module.css'

export function NotFoundPage() {
  const t = useMessages().shell
  return (
    <>
      <AppHeader />
      <main id="main" className={page.pageMessage}>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundBody}</p>
        <Link to="/">{t.backToReport}</Link>
      </main>
    </>
  )
}
