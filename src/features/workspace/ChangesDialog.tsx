import { useMemo, useState } from 'react'
import { columnDef } from '../../report/columns'
import { foldText } from '../../report/textFold'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { ModalDialog } from '../../ui/ModalDialog'
import { useReportSession, type CellChange } from '../../ui/session/ReportSession'
import styles from './ChangesDialog.module.css'

/**
 * Every edited cell, original → current, filterable, each with a revert; opened from the header.
 * On a shared report each change names who made it; a read-only account is offered no revert.
 */
export function ChangesDialog({ onClose }: { onClose: () => void }) {
  const { language, messages } = useLanguage()
  const t = messages.workspace
  const { changes, revert, report, access } = useReportSession()
  const byAuthor = useMemo(() => changes.some((c) => c.author !== undefined), [changes])
  const [filter, setFilter] = useState('')
  const when = useMemo(() => new Intl.DateTimeFormat(language === 'es' ? 'es-EC' : 'en-US', { dateStyle: 'short', timeStyle: 'short' }), [language])
  const rows = useMemo(() => {
    const needle = foldText(filter.trim())
    const label = (c: CellChange) => columnDef(c.column).label[language]
    const no = (c: CellChange) => report.metas[c.meta]?.cells.no ?? String(c.meta + 1)
    return changes
      .map((c) => ({ change: c, no: no(c), column: label(c) }))
      .filter((r) => !needle || foldText([r.no, r.column, r.change.original, r.change.current, r.change.author?.name ?? ''].join(' ')).includes(needle))
  }, [changes, filter, language, report])
  return (
    <ModalDialog title={t.changesTitle} onClose={onClose} className={styles.changes}>
      {/* With nothing edited there is nothing to filter or revert: only the empty-state sentence shows. */}
      {changes.length > 0 && (
        <div className={styles.tools}>
          <input type="search" aria-label={t.changesFilter} placeholder={t.changesFilter} value={filter} onChange={(e) => setFilter(e.target.value)} />
          {access.canEdit && (
            <button type="button" disabled={rows.length === 0} onClick={() => revert(rows.map((r) => r.change))}>
              {t.revertShown(rows.length)}
            </button>
          )}
        </div>
      )}
      {rows.length === 0 ? (
        <p role="status">{changes.length === 0 ? t.changesEmpty : t.changesNoMatch}</p>
      ) : (
        <div className={styles.scroll}>
          <table aria-label={t.changesTable}>
            <thead>
              <tr>
                <th scope="col">{t.changesColumns.meta}</th>
                <th scope="col">{t.changesColumns.column}</th>
                <th scope="col">{t.changesColumns.original}</th>
                <th scope="col">{t.changesColumns.current}</th>
                <th scope="col">{t.changesColumns.at}</th>
                {byAuthor && <th scope="col">{t.changesColumns.author}</th>}
                {access.canEdit && <th scope="col">{t.changesColumns.action}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ change, no, column }) => (
                <tr key={`${change.meta}:${change.column}`}>
                  <td>{no}</td>
                  <td>{column}</td>
                  <td className={`${styles.text} ${styles.original}`}>{change.original}</td>
                  <td className={styles.text}>{change.current}</td>
                  <td>{when.format(change.at)}</td>
                  {byAuthor && <td>{change.author?.name ?? ''}</td>}
                  {access.canEdit && (
                    <td>
                      <button type="button" aria-label={t.revertLabel(no, column)} onClick={() => revert([change])}>
                        {t.revert}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ModalDialog>
  )
}
