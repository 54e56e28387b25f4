import { useMemo } from 'react'
import { mayChangeMeta } from '../../../report/team/reviewTurn'
import { activityAuthor, activityWords } from '../../../ui/activity/activityWords'
import { ExportActivityButton } from '../../../ui/activity/ExportActivityButton'
import { useActivity } from '../../../ui/activity/useActivity'
import { useActivitySheet } from '../../../ui/activity/useActivitySheet'
import { editTimeText } from '../../../ui/i18n/editTime'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { shortCellText } from '../../../ui/shortCellText'
import { useView } from '../../../ui/view/useView'
import panelText from '../panelText.module.css'
import styles from './MetaActivity.module.css'

/**
 * The «Actividad» tab: every change of the selected meta in log order (edits, review statuses,
 * comments, acknowledgements, assignments), who made it, when, from what to what. An edit whose
 * text the cell still shows can be reverted from here, as a new undoable step.
 */
export function MetaActivity() {
  const { language, messages } = useLanguage()
  const t = messages.activity
  const session = useReportSession()
  const view = useView()
  const all = useActivity()
  const sheet = useActivitySheet()
  const meta = view.spec.selected === null ? undefined : session.report.metas[view.spec.selected]
  const entries = useMemo(() => (meta === undefined ? [] : (all ?? []).filter((e) => e.meta === meta.id)), [all, meta])
  if (!meta) return <p className={panelText.empty}>{t.noMeta}</p>

  const heading = t.metaHeading(meta.cells.no)
  // Team mode: a secretaría changes only its unit's metas (the server refuses the rest).
  const { account, canEdit } = session.access
  const mayChange = canEdit && (account === null || mayChangeMeta(account, session.assignments?.unitOf(meta.id) ?? null))
  const words = { language, messages, statusNames: sheet.statusNames, unitName: sheet.unitName }
  return (
    <section aria-labelledby="meta-activity-title">
      <h2 id="meta-activity-title" className={panelText.title}>
        {heading}
      </h2>
      <div className={styles.tools}>
        <ExportActivityButton entries={entries} scope={heading} sheet={sheet} />
      </div>
      {all === null ? (
        <p className={panelText.empty} role="status">
          {t.loading}
        </p>
      ) : entries.length === 0 ? (
        <p className={panelText.empty}>{t.none}</p>
      ) : (
        <ol className={styles.history} aria-label={heading}>
          {entries.map((entry) => {
            const w = activityWords(entry, words)
            const short = (text: string) => (entry.kind === 'edit' ? shortCellText(entry.column, text, messages.panels.emptyValue) : text)
            return (
              <li key={entry.key} className={styles.entry}>
                <p className={styles.who}>
                  <strong>{activityAuthor(entry, messages)}</strong> · <time dateTime={new Date(entry.at).toISOString()}>{editTimeText(entry.at)}</time> · {w.kind}
                </p>
                {w.what !== '' && <p className={styles.what}>{t.change(w.what, short(w.before), short(w.after))}</p>}
                {w.detail !== '' && <p className={styles.detail}>{w.detail}</p>}
                {entry.kind === 'edit' && mayChange && meta.cells[entry.column] === entry.after && (
                  <button
                    type="button"
                    className={styles.revert}
                    aria-label={t.revertLabel(w.what, short(w.before))}
                    onClick={() => session.commit([{ meta: entry.meta, column: entry.column, after: entry.before }])}
                  >
                    {t.revert}
                  </button>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
