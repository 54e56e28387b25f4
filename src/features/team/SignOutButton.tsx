import { useContext, useId, useState } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import { ReportSessionContext } from '../../ui/session/ReportSession'
import { useSignedIn } from '../../ui/session/teamContext'

/**
 * Cerrar sesión. While changes of the open report have not reached the server it asks first: they
 * stay on this computer, and only this account sends them, once it signs in here again.
 */
export function SignOutButton() {
  const t = useMessages().team
  const { signOut } = useSignedIn()
  const waiting = useContext(ReportSessionContext)?.save.sync?.waiting ?? 0
  const [asking, setAsking] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const bodyId = useId()
  const leave = () => {
    setAsking(false)
    setLeaving(true)
    void signOut().finally(() => setLeaving(false))
  }
  return (
    <>
      <button type="button" disabled={leaving} aria-haspopup={waiting > 0 ? 'dialog' : undefined} onClick={() => (waiting > 0 ? setAsking(true) : leave())}>
        {t.signOut}
      </button>
      {asking && (
        <ModalDialog title={t.signOutWaitingTitle} onClose={() => setAsking(false)} describedBy={bodyId}>
          <p id={bodyId}>{t.signOutWaitingBody(waiting)}</p>
          <ModalActions>
            <button type="button" data-autofocus onClick={() => setAsking(false)}>
              {t.staySignedIn}
            </button>
            <button type="button" onClick={leave}>
              {t.signOutAnyway}
            </button>
          </ModalActions>
        </ModalDialog>
      )}
    </>
  )
}
