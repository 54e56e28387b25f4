import type { MouseEvent, ReactNode } from 'react'
import { useMessages } from '../ui/i18n/LanguageProvider'
import { useHeaderAccount } from './headerAccount'
import { LanguageSwitch } from './LanguageSwitch'
import styles from './AppHeader.module.css'

/**
 * The skip link lands on the goals grid itself (its active cell), ready for arrow keys; pages
 * without a grid keep the plain jump to <main>.
 */
function skipToGrid(e: MouseEvent<HTMLAnchorElement>) {
  const grid = document.querySelector<HTMLElement>('#main [role="grid"]')
  if (!grid) return
  e.preventDefault()
  grid.focus()
}

/**
 * The banner of every page: the app's name, what is open (children), who else has it open and who
 * is signed in (team mode) and the language choice, with the open report's commands (toolbar) on a second row so that
 * nothing crowds at 1366 px.
 */
export function AppHeader({ children, others, toolbar }: { children?: ReactNode; others?: ReactNode; toolbar?: ReactNode }) {
  const t = useMessages().shell
  const account = useHeaderAccount()
  return (
    <header className={styles.header}>
      <a className={styles.skipLink} href="#main" onClick={skipToGrid}>
        {t.skipToGrid}
      </a>
      <div className={styles.top}>
        <span className={styles.appName}>{t.appName}</span>
        <div className={styles.report}>{children}</div>
        {others}
        {account}
        <LanguageSwitch />
      </div>
      {toolbar && <div className={styles.commands}>{toolbar}</div>}
    </header>
  )
}
