import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Account } from '../../report/team/account'
import type { TeamError } from '../../sync/teamApi'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalDialog } from '../../ui/ModalDialog'
import { useTeamApi } from '../../ui/session/teamContext'
import { TEAM_KEYS, valueOf } from '../../ui/session/teamQueries'
import { FormError } from './FormError'
import { AccountUnitSelect } from './AccountUnitSelect'
import { NewAccountForm } from './NewAccountForm'
import { PasswordResetForm } from './PasswordResetForm'
import styles from './AccountsDialog.module.css'
import forms from './teamForms.module.css'

type Done = { readonly kind: 'created' | 'reset'; readonly name: string } | { readonly kind: 'unit'; readonly name: string; readonly unit: string }

/** Planning's accounts: the list (name, email, role), a new account, a password reset. */
export function AccountsDialog({ onClose }: { onClose: () => void }) {
  const messages = useMessages()
  const t = messages.team
  const unitsText = messages.units
  const api = useTeamApi()
  const queries = useQueryClient()
  const accounts = useQuery<readonly Account[], TeamError>({ queryKey: TEAM_KEYS.accounts, queryFn: () => valueOf(api.listAccounts()) })
  const [resetting, setResetting] = useState<Account | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  return (
    <ModalDialog title={t.accountsTitle} onClose={onClose} wide>
      {accounts.isPending && <p role="status">{t.loadingAccounts}</p>}
      <FormError error={accounts.error} />
      {accounts.data && (
        <table className={styles.table} aria-label={t.accountsTable}>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.data.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td>{account.email}</td>
                <td>{t.roleNames[account.role]}</td>
                <td>
                  {account.role === 'secretaria' && (
                    <>
                      <AccountUnitSelect account={account} onChanged={(unit) => setDone({ kind: 'unit', name: account.name, unit })} />{' '}
                    </>
                  )}
                  <button type="button" aria-label={t.resetPasswordOf(account.name)} onClick={() => setResetting(account)}>
                    {t.resetPassword}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {resetting && (
        <PasswordResetForm
          key={resetting.id}
          account={resetting}
          onCancel={() => setResetting(null)}
          onDone={() => {
            setDone({ kind: 'reset', name: resetting.name })
            setResetting(null)
          }}
        />
      )}
      {done && (
        <p role="status" className={forms.done}>
          {done.kind === 'unit' ? unitsText.accountUnitChanged(done.name, done.unit) : done.kind === 'created' ? t.accountCreated(done.name) : t.passwordReset(done.name)}
        </p>
      )}
      <NewAccountForm
        onCreated={(account) => {
          setDone({ kind: 'created', name: account.name })
          void queries.invalidateQueries({ queryKey: TEAM_KEYS.accounts })
        }}
      />
    </ModalDialog>
  )
}
