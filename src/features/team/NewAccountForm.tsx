import { useId, useState, type FormEvent } from 'react'
import { ROLES, isRole, type Account, type Role } from '../../report/team/account'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useTeamApi } from '../../ui/session/teamContext'
import { useTeamUnits } from '../../ui/session/UnitsProvider'
import controls from '../../ui/controls.module.css'
import { FormError } from './FormError'
import { TextField } from './TextField'
import { useTeamRequest } from './useTeamRequest'
import dialog from './AccountsDialog.module.css'
import styles from './teamForms.module.css'

/** A new team account with its role and first password; the server's refusal (taken email, weak password) shows. */
export function NewAccountForm({ onCreated }: { onCreated: (account: Account) => void }) {
  const messages = useMessages()
  const t = messages.team
  const unitsText = messages.units
  const api = useTeamApi()
  const headingId = useId()
  const roleId = useId()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<Role>('secretaria')
  const unitId = useId()
  const units = useTeamUnits()
  const [unit, setUnit] = useState('')
  const [password, setPassword] = useState('')
  const request = useTeamRequest()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const account = await request.run(() => api.createAccount({ name: name.trim(), email: email.trim(), role, password, unit: role === 'secretaria' ? unit : null }))
    if (!account) return
    setName('')
    setEmail('')
    setPassword('')
    onCreated(account)
  }
  return (
    <section className={dialog.section} aria-labelledby={headingId}>
      <h3 id={headingId}>{t.newAccount}</h3>
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
        <TextField label={t.name} autoComplete="off" required value={name} onChange={setName} />
        <TextField label={t.email} type="email" autoComplete="off" required value={email} onChange={setEmail} />
        <div className={styles.field}>
          <label htmlFor={roleId}>{t.role}</label>
          <select id={roleId} value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.roleNames[r]}
              </option>
            ))}
          </select>
        </div>
        {role === 'secretaria' && (
          <div className={styles.field}>
            <label htmlFor={unitId}>{unitsText.accountUnit}</label>
            <select id={unitId} value={unit} required onChange={(e) => setUnit(e.target.value)}>
              <option value="">{unitsText.chooseUnit}</option>
              {(units.data ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextField label={t.password} type="password" autoComplete="new-password" required value={password} onChange={setPassword} />
        <FormError error={request.error} />
        <div className={styles.actions}>
          <button type="submit" className={controls.primaryButton} disabled={request.busy}>
            {t.createAccount}
          </button>
        </div>
      </form>
    </section>
  )
}
