import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'

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
  const state = sync ? { synced: 'synced', syncing: 'local', offline: 'offline', signedOut: 'signedOut', refused: 'refused' }[sync.status] : local
  const waiting = sync?.waiting ?? 0
  const label = {
    saved: t.saved,
    saving: t.saving,
    unsaved: t.notSaved,
    memory: t.memoryOnly,
    synced: t.synced,
    local: t.savedHere,
    offline: t.offline(waiting),
    signedOut: t.signedOut(waiting),
    refused: t.refused,
  }[state]
  const reason = save.problem
    ? t.problems[save.problem]
    : sync
      ? { synced: t.syncedTitle, syncing: t.savedHereTitle(waiting), offline: t.offlineTitle, signedOut: t.signedOutTitle, refused: sync.reason?.[language] ?? t.refused }[sync.status]
      : save.status === 'saving'
        ? save.unsaved > 0
          ? t.savingTitle(save.unsaved)
          : t.saving
        : t.savedTitle
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" title={reason}>
      <span className="save-dot" aria-hidden="true" />
      {label}
      <span className="visually-hidden">{state === 'saved' || state === 'synced' ? '' : `: ${reason}`}</span>
    </span>
  )
}
