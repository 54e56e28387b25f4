import { Link } from 'react-router'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import styles from './CompareHeading.module.css'

/** The comparison page's heading in the banner, with the way back to the report. */
export function CompareHeading() {
  const t = useMessages().compare
  return (
    <div className={styles.heading}>
      <h1>{t.title}</h1>
      <Link to="/">{t.backToReport}</Link>
    </div>
  )
}
