import { useState, type FormEvent } from 'react'
import type { Account } from '../../report/team/account'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useTeamApi } from '../../ui/session/teamContext'
import controls from '../../ui/controls.module.css'
import { FormError } from './FormError'
import { TextField } from './TextField'
import { useTeamRequest } from './useTeamRequest'
import styles from './teamForms.module.css'

/** The first planning account of a server with none (from the server's own machine); signed in once made. */
export function FirstAccountForm({ onCreated }: { onCreated: (account: Account) => void }) {
  const t = useMessages().team
  const api = useTeamApi()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [again, setAgain] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const request = useTeamRequest()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setMismatch(password !== again)
    if (password !== again) return
    const account = await request.run(() => api.setup(email.trim(), name.trim(), password))
    if (account) onCreated(account)
  }
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={t.setupTitle}>
      <TextField label={t.name} autoComplete="name" required value={name} onChange={setName} />
      <TextField label={t.email} type="email" autoComplete="username" required value={email} onChange={setEmail} />
      <TextField label={t.password} type="password" autoComplete="new-password" required value={password} onChange={setPassword} />
      <TextField label={t.passwordAgain} type="password" autoComplete="new-password" required value={again} onChange={setAgain} />
      <FormError error={mismatch ? t.passwordsDiffer : request.error} />
      <div className={styles.actions}>
        <button type="submit" className={controls.primaryButton} disabled={request.busy}>
          {t.setupCreate}
        </button>
      </div>
    </form>
  )
}
