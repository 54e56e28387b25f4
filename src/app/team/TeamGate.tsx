import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Outlet } from 'react-router'
import { SignInAgainDialog } from '../../features/team/SignInAgainDialog'
import type { Account } from '../../report/team/account'
import { rememberSignOut } from '../../ui/session/rememberedAccount'
import { SignedInContext, useTeamApi, type SignedIn } from '../../ui/session/teamContext'
import { useSignedInSetter, useTeamSession } from '../../ui/session/teamQueries'
import { HeaderAccountContext } from '../headerAccount'
import { ConnectingPage, NoConnectionPage, SignedOutPage } from './TeamEntryPages'
import { TeamHeaderAccount } from './TeamHeaderAccount'

/**
 * Every team page stands behind this: it asks the server who is signed in, shows the sign-in (or
 * first account) page to nobody, and to an account its pages with its name in the header. When
 * the session expires on an open page, the page stays and a dialog asks to sign in again.
 */
export function TeamGate() {
  const api = useTeamApi()
  const session = useTeamSession()
  const setAccount = useSignedInSetter()
  const account = session.data?.account ?? null
  const [expired, setExpired] = useState(false)
  const [asking, setAsking] = useState(false)
  const signedInAgain = useRef(new Set<() => void>())
  /** Signing out: the open report's requests that meet the ended session are no expiry. */
  const leaving = useRef(false)
  const hasAccount = account !== null

  // Only the first request to meet the ended session asks to sign in again: while it is known to have ended, nothing listens, and once the dialog is closed the request waits in the header.
  useEffect(() => {
    if (!hasAccount || expired) return
    leaving.current = false
    return api.onSignedOut(() => {
      if (leaving.current) return
      setExpired(true)
      setAsking(true)
    })
  }, [api, hasAccount, expired])

  const onSignedInAgain = useCallback((listener: () => void) => {
    signedInAgain.current.add(listener)
    return () => void signedInAgain.current.delete(listener)
  }, [])
  const signOut = useCallback(async () => {
    // Whatever the server answers (an expired session says 401), this browser goes back to the sign-in page.
    leaving.current = true
    const ended = await api.signOut()
    // Out of reach, the session cookie (HttpOnly) stays valid: it is ended when the server next answers.
    rememberSignOut(!ended.ok && ended.error.kind === 'offline')
    setExpired(false)
    setAsking(false)
    setAccount(null)
  }, [api, setAccount])
  const signedIn = useMemo<SignedIn | null>(
    () => (account ? { account, expired, askSignIn: () => setAsking(true), signOut, onSignedInAgain } : null),
    [account, expired, signOut, onSignedInAgain],
  )
  const again = (next: Account) => {
    setAccount(next)
    setExpired(false)
    setAsking(false)
    for (const listener of signedInAgain.current) listener()
  }

  if (session.isPending) return <ConnectingPage />
  if (session.isError) return <NoConnectionPage retry={() => void session.refetch()} />
  if (!signedIn) return <SignedOutPage session={session.data} />
  return (
    <SignedInContext.Provider value={signedIn}>
      <HeaderAccountContext.Provider value={<TeamHeaderAccount />}>
        <Outlet />
        {expired && asking && <SignInAgainDialog account={signedIn.account} onSignedIn={again} onClose={() => setAsking(false)} />}
      </HeaderAccountContext.Provider>
    </SignedInContext.Provider>
  )
}
