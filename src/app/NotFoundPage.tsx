import { Link } from 'react-router'
import { AppHeader } from './AppHeader'
import { useMessages } from '../ui/i18n/LanguageProvider'

export function NotFoundPage() {
  const t = useMessages().shell
  return (
    <>
      <AppHeader />
      <main id="main" className="not-found">
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundBody}</p>
        <Link to="/">{t.backToReport}</Link>
      </main>
    </>
  )
}
