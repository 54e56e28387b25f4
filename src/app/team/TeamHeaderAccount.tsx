import { Link } from 'react-router'
import { AccountStatus } from '../../features/team/AccountStatus'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { REPORT_LIST_PATH } from './teamPaths'
import styles from './TeamHeaderAccount.module.css'

/** The header's team part: back to the shared reports, and the signed-in account. */
export function TeamHeaderAccount() {
  const t = useMessages().team
  return (
    <nav className={styles.nav} aria-label={t.teamNav}>
      <Link className={styles.link} to={REPORT_LIST_PATH}>
        {t.reportList}
      </Link>
      <AccountStatus />
    </nav>
  )
}
