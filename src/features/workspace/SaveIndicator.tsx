import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'

/** "Guardado" / "Guardando…" / "No guardado", with the reason in the tooltip and for screen readers. */
export function SaveIndicator() {
  const t = useMessages().workspace
  const { save, persistent } = useReportSession()
  const state = !persistent ? 'memory' : save.status
  const label = { saved: t.saved, saving: t.saving, unsaved: t.notSaved, memory: t.memoryOnly }[state]
  const reason = save.problem ? t.problems[save.problem] : save.status === 'saving' ? (save.unsaved > 0 ? t.savingTitle(save.unsaved) : t.saving) : t.savedTitle
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" title={reason}>
      <span className="save-dot" aria-hidden="true" />
      {label}
      <span className="visually-hidden">{state === 'saved' ? '' : `: ${reason}`}</span>
    </span>
  )
}
