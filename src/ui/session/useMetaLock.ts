import { useCallback } from 'react'
import { mayChangeMeta } from '../../report/team/reviewTurn'
import { useMessages } from '../i18n/LanguageProvider'
import { useReadOnlyReason } from '../ReadOnlyNote'
import { useReportSession } from './ReportSession'
import { useUnitList } from './UnitsContext'

/**
 * Team mode: why a secretaría may not change a meta because it is another unit's (or no unit's),
 * in the UI language; null when the account may change it as far as units go. Mirrors the server's
 * mayChangeMeta (planning changes every meta). A secretaría account made before units existed (no
 * unit yet) is not held back here: the server decides, and says why if it refuses.
 */
export function useUnitLock(): (meta: number) => string | null {
  const t = useMessages().units
  const { access, assignments } = useReportSession()
  const units = useUnitList()
  const account = access.account
  return useCallback(
    (meta: number) => {
      const own = account?.unit?.name
      if (!account || !assignments || account.role !== 'secretaria' || own === undefined) return null
      const unit = assignments.unitOf(meta)
      if (mayChangeMeta(account, unit)) return null
      if (unit === null) return t.lockedNone(own)
      return t.lockedOther(units.find((u) => u.id === unit)?.name ?? t.unknownUnit, own)
    },
    [t, account, assignments, units],
  )
}

/** Why the account may not change a meta at all: a read-only account's reason, else the unit's; null when it may. */
export function useMetaLock(): (meta: number) => string | null {
  const readOnly = useReadOnlyReason()
  const unitLock = useUnitLock()
  return useCallback((meta: number) => readOnly ?? unitLock(meta), [readOnly, unitLock])
}
