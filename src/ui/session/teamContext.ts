import { createContext, useContext } from 'react'
import type { Account } from '../../report/team/account'
import type { TeamApi } from '../../sync/teamApi'

/** The team server's API, in team mode only (null in local mode: the static build has no server). */
export const TeamApiContext = createContext<TeamApi | null>(null)

export function useTeamApi(): TeamApi {
  const api = useContext(TeamApiContext)
  if (!api) throw new Error('useTeamApi outside team mode')
  return api
}

/** The signed-in account of team mode, and what follows its session. */
export interface SignedIn {
  readonly account: Account
  /** The session expired: changes wait in this browser until the user signs in again. */
  readonly expired: boolean
  /** Asks for the password again (after the user closed the request). */
  readonly askSignIn: () => void
  /** Ends the session on the server and goes back to the sign-in page. */
  readonly signOut: () => Promise<void>
  /** Runs `listener` each time the user signs in again after the session expired; returns the unsubscribe. */
  readonly onSignedInAgain: (listener: () => void) => () => void
}

export const SignedInContext = createContext<SignedIn | null>(null)

export function useSignedIn(): SignedIn {
  const signedIn = useContext(SignedInContext)
  if (!signedIn) throw new Error('useSignedIn outside a signed-in team page')
  return signedIn
}
