import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useReadOnlyReason } from '../../ui/ReadOnlyNote'
import { useReportSession } from '../../ui/session/ReportSession'
import controls from '../../ui/controls.module.css'

/** Undo and redo for the whole report; the keyboard shortcuts do the same. A read-only account sees them disabled, with the reason. */
export function UndoRedoButtons() {
  const t = useMessages().workspace
  const { canUndo, canRedo, undo, redo } = useReportSession()
  const readOnly = useReadOnlyReason()
  const buttons = [
    { label: t.undo, shortcut: t.undoShortcut, keys: 'Control+Z', icon: '↶', can: canUndo, run: undo },
    { label: t.redo, shortcut: t.redoShortcut, keys: 'Control+Shift+Z Control+Y', icon: '↷', can: canRedo, run: redo },
  ]
  return buttons.map((b) => (
    <button
      key={b.label}
      type="button"
      className={controls.iconButton}
      onClick={b.run}
      disabled={!b.can || readOnly !== null}
      aria-label={b.label}
      aria-description={readOnly ?? undefined}
      title={readOnly ?? b.shortcut}
      aria-keyshortcuts={b.keys}
    >
      <span aria-hidden="true">{b.icon}</span>
    </button>
  ))
}
