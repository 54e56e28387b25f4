import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'
import controls from '../../ui/controls.module.css'

/** Undo and redo for the whole report; the keyboard shortcuts do the same. */
export function UndoRedoButtons() {
  const t = useMessages().workspace
  const { canUndo, canRedo, undo, redo } = useReportSession()
  return (
    <>
      <button type="button" className={controls.iconButton} onClick={undo} disabled={!canUndo} aria-label={t.undo} title={t.undoShortcut} aria-keyshortcuts="Control+Z">
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className={controls.iconButton}
        onClick={redo}
        disabled={!canRedo}
        aria-label={t.redo}
        title={t.redoShortcut}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        <span aria-hidden="true">↷</span>
      </button>
    </>
  )
}
