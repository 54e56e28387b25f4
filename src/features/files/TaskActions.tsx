import type { ReactNode } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalActions } from '../../ui/ModalDialog'

/** A task dialog's buttons: Cancel while its task runs, Close otherwise, then the dialog's own. */
export function TaskActions({ running, onCancel, onClose, children }: { running: boolean; onCancel: () => void; onClose: () => void; children?: ReactNode }) {
  const t = useMessages().files
  return (
    <ModalActions>
      {running ? (
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      ) : (
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      )}
      {children}
    </ModalActions>
  )
}
