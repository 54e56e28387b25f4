import { useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import type { Account } from '../../report/team/account'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useTeamApi } from '../../ui/session/teamContext'
import { TEAM_KEYS } from '../../ui/session/teamQueries'
import { useTeamUnits } from '../../ui/session/UnitsProvider'
import { FormError } from './FormError'
import { useTeamRequest } from './useTeamRequest'

/** Planning moves a secretaría account to another unit; the server's refusal shows beside it. */
export function AccountUnitSelect({ account, onChanged }: { account: Account; onChanged: (unit: string) => void }) {
  const t = useMessages().units
  const api = useTeamApi()
  const queries = useQueryClient()
  const units = useTeamUnits()
  const request = useTeamRequest()
  const id = useId()
  const change = async (unit: string) => {
    const changed = await request.run(() => api.setAccountUnit(account.id, unit))
    if (!changed) return
    await queries.invalidateQueries({ queryKey: TEAM_KEYS.accounts })
    onChanged(changed.unit?.name ?? '')
  }
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t.accountUnitOf(account.name)}
      </label>
      <select id={id} value={account.unit?.id ?? ''} disabled={request.busy} onChange={(e) => void change(e.target.value)}>
        {account.unit ? null : <option value="">{t.chooseUnit}</option>}
        {(units.data ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <FormError error={request.error} />
    </>
  )
}
