import type { Report } from '../report/types'
import { useMessages } from '../ui/i18n/LanguageProvider'
import styles from './ReportHeading.module.css'

/** The open report's entity, year and size, as the page's heading. */
export function ReportHeading({ report }: { report: Report }) {
  const t = useMessages().shell
  return (
    <div className={styles.heading}>
      <h1>{report.entity}</h1>
      <p>
        <span>{t.yearLabel(report.year)}</span>
        <span aria-hidden="true"> · </span>
        <span>{t.metaCount(report.metas.length)}</span>
      </p>
    </div>
  )
}
