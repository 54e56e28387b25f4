import { useState, type FormEvent } from 'react'
import type { Account } from '../../report/team/account'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useTeamApi } from '../../ui/session/teamContext'
import controls from '../../ui/controls.module.css'
import { FormError } from './FormError'
import { TextField } from './TextField'
import { useTeamRequest } from './useTeamRequest'
import styles from './teamForms.module.css'

interface Props {
  readonly onSignedIn: (account: Account) => void
  /** Signing in again after the session expired: the same account, its email fixed. */
  readonly email?: string
}

/** Email and password; a wrong one, an unknown account or too many attempts show the server's message. */
export function SignInForm({ onSignedIn, email: fixedEmail }: Props) {
  const t = useMessages().team
  const api = useTeamApi()
  const [email, setEmail] = useState(fixedEmail ?? '')
  const [password, setPassword] = useState('')
  const request = useTeamRequest()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const account = await request.run(() => api.signIn(email.trim(), password))
    if (account) onSignedIn(account)
    else setPassword('')
  }
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={t.signInTitle}>
      <TextField label={t.email} type="email" autoComplete="username" required readOnly={fixedEmail !== undefined} value={email} onChange={setEmail} />
      <TextField label={t.password} type="password" autoComplete="current-password" required value={password} onChange={setPassword} />
      <FormError error={request.error} />
      <div className={styles.actions}>
        <button type="submit" className={controls.primaryButton} disabled={request.busy}>
          {t.signIn}
        </button>
        {request.busy && <span role="status">{t.signingIn}</span>}
      </div>
    </form>
  )
}
