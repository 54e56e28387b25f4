import { useMemo } from 'react'
import { columnDef } from '../../../report/columns'
import { editTimeText } from '../../../ui/i18n/editTime'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { shortCellText } from '../../../ui/shortCellText'
import panelText from '../panelText.module.css'
import styles from './MetaHistory.module.css'

/**
 * A shared report's changes to one meta, newest first: who, when, which field, from what to what
 * (undo and redo said as such). Records of a browser's own copy name nobody: it shows nothing there.
 */
export function MetaHistory({ meta }: { meta: number }) {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const { history } = useReportSession()
  const entries = useMemo(
    () =>
      history()
        .filter((r) => r.meta === meta && r.author !== undefined)
        .reverse(),
    [history, meta],
  )
  if (entries.length === 0) return null
  return (
    <>
      <h3 id={`meta-history-${meta}`} className={panelText.section}>
        {t.historyHeading}
      </h3>
      <ol className={styles.history} aria-labelledby={`meta-history-${meta}`}>
        {entries.map((r) => (
          <li key={r.uid ?? `${r.step}:${r.column}`} className={styles.entry}>
            <p className={styles.who}>
              <strong>{r.author?.name}</strong> · <time dateTime={new Date(r.at).toISOString()}>{editTimeText(r.at)}</time>
              {r.kind !== 'edit' && <> · {t.historyKinds[r.kind]}</>}
            </p>
            <p className={styles.what}>
              {t.historyChange(columnDef(r.column).label[language], shortCellText(r.column, r.before, t.emptyValue), shortCellText(r.column, r.after, t.emptyValue))}
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}
