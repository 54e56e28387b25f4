import { useContext } from 'react'
import { columnDef } from '../../report/columns'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { WorkspacesContext } from '../../ui/session/WorkspacesContext'
import { useReportSession, type ConflictNotice } from '../../ui/session/ReportSession'
import controls from '../../ui/controls.module.css'
import styles from './DraftsNotices.module.css'

/**
 * Says when drafts are not being saved (and why), offering their download so nothing is silently
 * dropped; in team mode, says whose changes in this browser wait for another account to sign in;
 * tells this tab when another tab overwrote one of its changes; and says when a link named a report
 * this browser does not hold.
 */
export function DraftsNotices() {
  const { language, messages } = useLanguage()
  const t = messages.workspace
  const { save, persistent, downloadUnsaved, retrySave, conflicts, dismissConflict, report } = useReportSession()
  const problem = save.problem ?? (persistent ? null : 'unavailable')
  const workspaces = useContext(WorkspacesContext)
  const conflictText = (c: ConflictNotice) => {
    const place = [report.metas[c.meta]?.cells.no ?? String(c.meta + 1), columnDef(c.column).label[language], c.mine, c.theirs] as const
    return c.author ? t.conflictBy(c.author.name, ...place) : t.conflict(...place)
  }
  return (
    <>
      {problem && (
        <div className={styles.banner} role="alert">
          <p>
            {t.problems[problem]} {save.unsaved > 0 && t.unsavedCount(save.unsaved)}
          </p>
          <div className={styles.actions}>
            {save.status !== 'saved' && (
              <button type="button" onClick={downloadUnsaved}>
                {t.downloadUnsaved}
              </button>
            )}
            {(problem === 'quota' || problem === 'failed') && (
              <button type="button" onClick={retrySave}>
                {t.retrySave}
              </button>
            )}
            {problem === 'outdated' && (
              <button type="button" onClick={() => window.location.reload()}>
                {t.reload}
              </button>
            )}
          </div>
        </div>
      )}
      {workspaces?.unknownLink && (
        <div className={`${styles.banner} ${styles.link}`} role="status">
          <p>{t.unknownLink}</p>
          <button type="button" className={controls.iconButton} aria-label={t.dismiss} onClick={workspaces.dismissUnknownLink}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
      {save.sync?.others?.map(({ author, waiting }) => (
        <div key={author.id} className={`${styles.banner} ${styles.othersWaiting}`} role="status">
          <p>{t.othersWaiting(author.name, waiting)}</p>
        </div>
      ))}
      {conflicts.map((c) => (
        <div key={c.id} className={`${styles.banner} ${styles.conflict}`} role="alert">
          <p>{conflictText(c)}</p>
          <button type="button" className={controls.iconButton} aria-label={t.dismiss} onClick={() => dismissConflict(c.id)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </>
  )
}
