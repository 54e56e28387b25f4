import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'
import styles from './SaveIndicator.module.css'

// Not saved and memory-only look the same: both are edits that a closed tab would lose. In team
// mode, changes the server does not have yet (offline, signed out, refused) look alike too.
const STATE_CLASS = {
  saved: styles.indicator,
  saving: `${styles.indicator} ${styles.saving}`,
  unsaved: `${styles.indicator} ${styles.notSaved}`,
  memory: `${styles.indicator} ${styles.notSaved}`,
  synced: styles.indicator,
  local: `${styles.indicator} ${styles.savedHere}`,
  connecting: `${styles.indicator} ${styles.savedHere}`,
  offline: `${styles.indicator} ${styles.pending}`,
  signedOut: `${styles.indicator} ${styles.pending}`,
  refused: `${styles.indicator} ${styles.pending}`,
}

/**
 * "Guardado" / "Guardando…" / "No guardado", with the reason in the tooltip and for screen readers.
 * On a shared report, once written here: "Sincronizado", "Guardado en este equipo", or why the
 * server does not have the changes yet and how many wait.
 */
export function SaveIndicator() {
  const { language, messages } = useLanguage()
  const t = messages.workspace
  const { save, persistent } = useReportSession()
  const local = !persistent ? 'memory' : save.status
  const sync = local === 'saved' ? save.sync : undefined
  const state = sync
    ? ({ connecting: 'connecting', synced: 'synced', syncing: 'local', offline: 'offline', signedOut: 'signedOut', refused: 'refused' } as const)[sync.status]
    : local
  const waiting = sync?.waiting ?? 0
  const label = {
    saved: t.saved,
    saving: t.saving,
    unsaved: t.notSaved,
    memory: t.memoryOnly,
    synced: t.synced,
    local: t.savedHere,
    connecting: t.connecting,
    offline: t.offline(waiting),
    signedOut: t.signedOut(waiting),
    refused: t.refused,
  }[state]
  const reason = save.problem
    ? t.problems[save.problem]
    : sync
      ? {
          connecting: t.connectingTitle,
          synced: t.syncedTitle,
          syncing: t.savedHereTitle(waiting),
          offline: t.offlineTitle,
          signedOut: t.signedOutTitle,
          refused: sync.reason?.[language] ?? t.refused,
        }[sync.status]
      : save.status === 'saving'
        ? save.unsaved > 0
          ? t.savingTitle(save.unsaved)
          : t.saving
        : t.savedTitle
  return (
    <span className={STATE_CLASS[state]} role="status" aria-live="polite" title={reason}>
      <span className={styles.dot} aria-hidden="true" />
      {label}
      <span className="visually-hidden">{state === 'saved' || state === 'synced' ? '' : `: ${reason}`}</span>
    </span>
  )
}
