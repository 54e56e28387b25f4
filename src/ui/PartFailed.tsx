import { useMessages } from './i18n/LanguageProvider'
import styles from './PartFailed.module.css'

/** The message shown in place of a part of the page that failed to load or render. */
export function PartFailed({ retry }: { retry: () => void }) {
  const t = useMessages().shell
  return (
    <div className={styles.partFailed} role="alert">
      <p>{t.partFailed}</p>
      <button type="button" onClick={retry}>
        {t.retry}
      </button>
    </div>
  )
}
