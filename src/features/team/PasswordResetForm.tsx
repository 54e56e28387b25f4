import { useId, useState, type FormEvent } from 'react'
import type { Account } from '../../report/team/account'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useTeamApi } from '../../ui/session/teamContext'
import controls from '../../ui/controls.module.css'
import { FormError } from './FormError'
import { TextField } from './TextField'
import { useTeamRequest } from './useTeamRequest'
import dialog from './AccountsDialog.module.css'
import styles from './teamForms.module.css'

/** A new password for one account (its open sessions end on the server). */
export function PasswordResetForm({ account, onDone, onCancel }: { account: Account; onDone: () => void; onCancel: () => void }) {
  const t = useMessages().team
  const api = useTeamApi()
  const headingId = useId()
  const [password, setPassword] = useState('')
  const request = useTeamRequest()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if ((await request.run(() => api.resetPassword(account.id, password))) !== null) onDone()
  }
  return (
    <section className={dialog.section} aria-labelledby={headingId}>
      <h3 id={headingId}>{t.resetPasswordOf(account.name)}</h3>
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
        <TextField label={t.newPassword} type="password" autoComplete="new-password" required value={password} onChange={setPassword} />
        <FormError error={request.error} />
        <div className={styles.actions}>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
          <button type="submit" className={controls.primaryButton} disabled={request.busy}>
            {t.savePassword}
          </button>
        </div>
      </form>
    </section>
  )
}
