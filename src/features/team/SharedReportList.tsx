import { Link } from 'react-router'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useSharedReports } from '../../ui/session/teamQueries'
import { FormError } from './FormError'
import styles from './SharedReportList.module.css'

/** The server's shared reports, each a link that opens it: entity and year, metas, who shared it and when. */
export function SharedReportList({ linkTo }: { linkTo: (id: string) => string }) {
  const t = useMessages().team
  const reports = useSharedReports()
  if (reports.isPending) return <p role="status">{t.loadingReports}</p>
  if (reports.isError) {
    return (
      <div>
        <FormError error={reports.error} />
        <button type="button" onClick={() => void reports.refetch()}>
          {t.retry}
        </button>
      </div>
    )
  }
  if (reports.data.length === 0) return <p>{t.noReports}</p>
  return (
    <ul className={styles.list}>
      {reports.data.map((report) => (
        <li key={report.id} className={styles.item}>
          <Link className={styles.link} to={linkTo(report.id)}>
            {t.reportLink(report.entity, report.year)}
          </Link>
          <span className={styles.details}>
            {t.reportMetas(report.metaCount)} · {t.sharedBy(report.sharedBy, report.sharedAt)}
          </span>
        </li>
      ))}
    </ul>
  )
}
