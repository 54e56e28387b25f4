import { useLanguage } from './i18n/LanguageProvider'
import { useReportSession } from './session/ReportSession'
import styles from './ReadOnlyNote.module.css'

/** Why nothing can be changed in the open report (a read-only team account), in the UI language; null when the user may edit. */
export function useReadOnlyReason(): string | null {
  const { language, messages } = useLanguage()
  const { canEdit, readOnlyReason } = useReportSession().access
  if (canEdit) return null
  return readOnlyReason?.[language] ?? messages.workspace.readOnlyFallback
}

/**
 * The read-only reason where the grid or a panel would offer changes; nothing when the user may
 * edit. `id` lets the disabled controls near it take it as their description; `reason`, when given,
 * says why this part is read-only instead (a meta of another unit).
 */
export function ReadOnlyNote({ id, reason: own }: { id?: string; reason?: string | null }) {
  const t = useLanguage().messages.workspace
  const readOnly = useReadOnlyReason()
  const reason = own === undefined ? readOnly : own
  if (reason === null) return null
  return (
    <p id={id} role="note" aria-label={t.readOnly} className={styles.note}>
      {reason}
    </p>
  )
}
