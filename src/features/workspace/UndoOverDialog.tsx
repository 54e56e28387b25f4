import { useId } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import { useReportSession } from '../../ui/session/ReportSession'
import controls from '../../ui/controls.module.css'

/** Team mode: undo would replace a value someone else wrote since this user's step, so it asks first. */
export function UndoOverDialog() {
  const t = useMessages().workspace
  const { undoAsksFirst, confirmUndo, cancelUndo } = useReportSession()
  const bodyId = useId()
  if (!undoAsksFirst) return null
  return (
    <ModalDialog title={t.undoOverTitle} onClose={cancelUndo} describedBy={bodyId}>
      <p id={bodyId}>{t.undoOverBody}</p>
      <ModalActions>
        {/* Keeping the other person's value is the safe choice, so it takes the focus. */}
        <button type="button" data-autofocus onClick={cancelUndo}>
          {t.cancel}
        </button>
        <button type="button" className={controls.primaryButton} onClick={confirmUndo}>
          {t.undoAnyway}
        </button>
      </ModalActions>
    </ModalDialog>
  )
}
