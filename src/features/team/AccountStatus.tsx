import { useState } from 'react'
import { allows } from '../../report/team/access'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useSignedIn } from '../../ui/session/teamContext'
import { AccountsDialog } from './AccountsDialog'
import { SignOutButton } from './SignOutButton'
import styles from './AccountStatus.module.css'

/** The header's account: who is signed in and with which role, the accounts (planning only), sign-out. */
export function AccountStatus() {
  const t = useMessages().team
  const { account, expired, askSignIn } = useSignedIn()
  const [managing, setManaging] = useState(false)
  return (
    <div className={styles.account} role="group" aria-label={t.account}>
      <span className={styles.name}>{t.signedInAs(account.name, t.roleNames[account.role])}</span>
      {expired && (
        <button type="button" aria-haspopup="dialog" onClick={askSignIn}>
          {t.signIn}
        </button>
      )}
      {allows(account, 'accounts.manage') && (
        <button type="button" aria-haspopup="dialog" onClick={() => setManaging(true)}>
          {t.accounts}
        </button>
      )}
      <SignOutButton />
      {managing && <AccountsDialog onClose={() => setManaging(false)} />}
    </div>
  )
}
