import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'
import styles from './ReviewProgressStatus.module.css'

/** Review progress for the status bar: "120 de 351 revisadas". */
export function ReviewProgressStatus() {
  const t = useMessages().workspace
  const { reviewed, total } = useReportSession().reviewProgress
  return (
    <span className={styles.progress}>
      <progress value={reviewed} max={Math.max(total, 1)} aria-hidden="true" />
      {t.reviewProgress(reviewed, total)}
    </span>
  )
}
