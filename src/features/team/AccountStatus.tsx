import { useState } from 'react'
import { allows } from '../../report/team/access'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useSignedIn } from '../../ui/session/teamContext'
import { AccountsDialog } from './AccountsDialog'
import { UnitsDialog } from './UnitsDialog'
import { SignOutButton } from './SignOutButton'
import styles from './AccountStatus.module.css'

/** The header's account: who is signed in and with which role, the accounts (planning only), sign-out. */
export function AccountStatus() {
  const messages = useMessages()
  const t = messages.team
  const { account, expired, askSignIn } = useSignedIn()
  const [managing, setManaging] = useState<'accounts' | 'units' | null>(null)
  return (
    <div className={styles.account} role="group" aria-label={t.account}>
      <span className={styles.name}>{t.signedInAs(account.name, t.roleNames[account.role])}</span>
      {expired && (
        <button type="button" aria-haspopup="dialog" onClick={askSignIn}>
          {t.signIn}
        </button>
      )}
      {allows(account, 'accounts.manage') && (
        <button type="button" aria-haspopup="dialog" onClick={() => setManaging('accounts')}>
          {t.accounts}
        </button>
      )}
      {allows(account, 'units.manage') && (
        <button type="button" aria-haspopup="dialog" onClick={() => setManaging('units')}>
          {messages.units.unitsTitle}
        </button>
      )}
      <SignOutButton />
      {managing === 'accounts' && <AccountsDialog onClose={() => setManaging(null)} />}
      {managing === 'units' && <UnitsDialog onClose={() => setManaging(null)} />}
    </div>
  )
}
