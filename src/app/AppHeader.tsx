import type { ReactNode } from 'react'
import { useMessages } from './i18n/LanguageProvider'
import { LanguageSwitch } from './LanguageSwitch'

/** The banner of every page: the app's name, what is open (children) and the language choice. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useMessages().shell
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t.skipToGrid}
      </a>
      <span className="app-name">{t.appName}</span>
      <div className="app-header-report">{children}</div>
      <div className="app-header-tools">
        <LanguageSwitch />
      </div>
    </header>
  )
}
