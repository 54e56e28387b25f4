import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Account } from '../../report/team/account'
import type { Result, SessionInfo, SharedReport, TeamError } from '../../sync/teamApi'
import { useTeamApi } from './teamContext'

/** The team server's answers as React Query keeps them: one key each, read by every screen. */
export const TEAM_KEYS = {
  session: ['team', 'session'],
  reports: ['team', 'reports'],
  accounts: ['team', 'accounts'],
} as const

/** A Result's value, or its error thrown for React Query (which keeps it as the query's error). */
export async function valueOf<T>(result: Promise<Result<T>>): Promise<T> {
  const answer = await result
  if (!answer.ok) throw answer.error
  return answer.value
}

export function useTeamSession() {
  const api = useTeamApi()
  return useQuery<SessionInfo, TeamError>({ queryKey: TEAM_KEYS.session, queryFn: () => valueOf(api.session()), staleTime: Infinity })
}

export function useSharedReports() {
  const api = useTeamApi()
  return useQuery<readonly SharedReport[], TeamError>({ queryKey: TEAM_KEYS.reports, queryFn: () => valueOf(api.listReports()) })
}

/**
 * Sets who is signed in (null: nobody) without asking the server again. Another account (or none)
 * must not see what the previous one was given: the lists are then read anew.
 */
export function setSignedInAccount(client: QueryClient, account: Account | null): void {
  const before = client.getQueryData<SessionInfo>(TEAM_KEYS.session)?.account ?? null
  client.setQueryData<SessionInfo>(TEAM_KEYS.session, { account, setupNeeded: false, setupAllowed: false })
  if (before?.id === account?.id) return
  client.removeQueries({ queryKey: TEAM_KEYS.reports })
  client.removeQueries({ queryKey: TEAM_KEYS.accounts })
}

/** The function a sign-in or first-account form calls with the account the server answered. */
export function useSignedInSetter(): (account: Account | null) => void {
  const client = useQueryClient()
  return useCallback((account) => setSignedInAccount(client, account), [client])
}
