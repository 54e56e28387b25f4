import { useId } from 'react'
import type { Account } from '../../report/team/account'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalDialog } from '../../ui/ModalDialog'
import { SignInForm } from './SignInForm'

/**
 * Over the open page when the session expired: nothing is lost (unsent changes wait in this
 * browser), and signing in again with the same account lets them go. Closing it leaves the page
 * as it is, its changes still waiting.
 */
export function SignInAgainDialog({ account, onSignedIn, onClose }: { account: Account; onSignedIn: (account: Account) => void; onClose: () => void }) {
  const t = useMessages().team
  const bodyId = useId()
  return (
    <ModalDialog title={t.sessionEndedTitle} onClose={onClose} describedBy={bodyId}>
      <p id={bodyId}>{t.sessionEndedBody}</p>
      <SignInForm email={account.email} onSignedIn={onSignedIn} />
    </ModalDialog>
  )
}
