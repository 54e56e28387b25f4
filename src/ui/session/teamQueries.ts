import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Account } from '../../report/team/account'
import type { Result, SessionInfo, SharedReport, TeamApi, TeamError } from '../../sync/teamApi'
import { rememberAccount, rememberedAccount, rememberSignOut, signOutPending } from './rememberedAccount'
import { useTeamApi } from './teamContext'

/** The team server's answers as React Query keeps them: one key each, read by every screen. */
export const TEAM_KEYS = {
  session: ['team', 'session'],
  reports: ['team', 'reports'],
  accounts: ['team', 'accounts'],
  units: ['team', 'units'],
} as const

/** A Result's value, or its error thrown for React Query (which keeps it as the query's error). */
export async function valueOf<T>(result: Promise<Result<T>>): Promise<T> {
  const answer = await result
  if (!answer.ok) throw answer.error
  return answer.value
}

/**
 * Who is signed in, as the server says. Out of reach, the account this browser last signed in
 * with: a reload offline reopens the reports held here, and the replicator meets an expired session
 * once the server answers. A sign-out that could not reach the server is finished first.
 */
async function currentSession(api: TeamApi): Promise<SessionInfo> {
  if (signOutPending()) {
    const ended = await api.signOut()
    if (!ended.ok && ended.error.kind === 'offline') throw ended.error
    rememberSignOut(false)
  }
  const answer = await api.session()
  if (answer.ok) {
    rememberAccount(answer.value.account)
    return answer.value
  }
  const remembered = answer.error.kind === 'offline' ? rememberedAccount() : null
  if (!remembered) throw answer.error
  return { account: remembered, setupNeeded: false, setupAllowed: false }
}

export function useTeamSession() {
  const api = useTeamApi()
  return useQuery<SessionInfo, TeamError>({ queryKey: TEAM_KEYS.session, queryFn: () => currentSession(api), staleTime: Infinity })
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
  rememberAccount(account)
  if (account) rememberSignOut(false)
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
