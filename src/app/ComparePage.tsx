import { CompareHeading } from '../features/compare/CompareHeading'
import { CompareView } from '../features/compare/CompareView'
import { useMessages } from '../ui/i18n/LanguageProvider'
import { AppHeader } from './AppHeader'
import styles from './ComparePage.module.css'

/** The comparison of two reports kept in this browser (see features/compare). */
export function ComparePage() {
  const t = useMessages().compare
  return (
    <>
      <AppHeader>
        <CompareHeading />
      </AppHeader>
      <main id="main" className={styles.main} aria-label={t.title} tabIndex={-1}>
        <CompareView />
      </main>
    </>
  )
}
