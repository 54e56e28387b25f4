import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Bilingual } from '../../drafts/syncState'
import type { WorkspaceSession } from '../../drafts/workspaceSession'
import { PresenceSender } from '../../sync/presenceSender'
import { Replicator } from '../../sync/replicator'
import type { Person } from '../../sync/teamApi'
import { DraftsContext } from './DraftsContext'
import { NO_STORAGE, openSharedReport } from './openSharedReport'
import { PeopleContext } from './PeopleContext'
import { PublicationContext } from './PublicationContext'
import { PresenceContext, type Presence } from './PresenceContext'
import { accessOf } from './sessionAccess'
import { SessionBridge } from './SessionBridge'
import { UnitsProvider } from './UnitsProvider'
import { useDraftsConnection } from './useDraftsConnection'
import { useSignedIn, useTeamApi } from './teamContext'
import { usePublicationState } from './usePublicationState'
import { useSharingWorkspaces } from './useSharingWorkspaces'
import { useTeamPeople } from './useTeamPeople'
import { WorkspacesContext } from './WorkspacesContext'

type Phase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: { readonly message: Bilingual } | null }
  | { readonly kind: 'open'; readonly session: WorkspaceSession }

interface Props {
  /** The shared report's id (the SHA-256 of its original bytes). */
  readonly reportId: string
  /** Opens another shared report (after sharing one, the imported file). */
  readonly openReport: (id: string) => void
  readonly children: ReactNode
  readonly loading: ReactNode
  readonly failed: (error: { readonly message: Bilingual } | null, retry: () => void) => ReactNode
}

/**
 * Team mode's ReportSession: opens a shared report as this browser's workspace of the same hash,
 * signed with the account, replicates it with the server while it is open (stopped on close or on
 * another report), and gives the screens the account's access, the others' presence, and an import
 * that shares the file.
 */
export function SharedReportProvider({ reportId, openReport, children, loading, failed }: Props) {
  const api = useTeamApi()
  const { account, onSignedInAgain } = useSignedIn()
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [people, setPeople] = useState<readonly Person[]>([])
  const sessionRef = useRef<WorkspaceSession | null>(null)
  const drafts = useDraftsConnection(sessionRef)
  const replicatorRef = useRef<Replicator | null>(null)
  const presenceRef = useRef<PresenceSender | null>(null)
  const { id: accountId, name: accountName } = account
  const publication = usePublicationState(api, reportId, account)
  const { refresh: refreshRounds } = publication

  useEffect(() => {
    if (!drafts) return
    if (!drafts.ok) return setPhase({ kind: 'failed', error: NO_STORAGE })
    const { db } = drafts
    let cancelled = false
    let stop: (() => void) | null = null
    setPhase({ kind: 'loading' })
    void (async () => {
      const outcome = await openSharedReport(api, db, reportId, { id: accountId, name: accountName }).catch(() => ({ ok: false as const, error: null }))
      if (cancelled) {
        if (outcome.ok) outcome.session.close()
        return
      }
      if (!outcome.ok) return setPhase({ kind: 'failed', error: outcome.error })
      const { session } = outcome
      const replicator = new Replicator({
        api,
        db,
        report: reportId,
        session,
        onPresence: setPeople,
        onPublication: (state) => {
          refreshRounds()
          // A new round takes changes again: what waited (refused while published) goes now.
          if (!state.frozen) replicator.resume()
        },
      })
      const presence = new PresenceSender({ send: (meta) => void api.sendPresence(reportId, meta) })
      sessionRef.current = session
      replicatorRef.current = replicator
      presenceRef.current = presence
      stop = () => {
        presence.stop()
        // The session closes once no write of the replicator runs any more.
        void replicator.stop().finally(() => session.close())
      }
      setPhase({ kind: 'open', session })
      void replicator.start()
      presence.start()
    })()
    return () => {
      cancelled = true
      replicatorRef.current = null
      presenceRef.current = null
      setPeople([])
      stop?.()
    }
  }, [api, drafts, reportId, accountId, accountName, attempt, refreshRounds])

  // After an expired session the replicator waits; signing in again pushes what waited.
  useEffect(() => onSignedInAgain(() => replicatorRef.current?.resume()), [onSignedInAgain])

  const presence = useMemo<Presence>(() => ({ people: people.filter((p) => p.accountId !== accountId), showMeta: (meta) => presenceRef.current?.show(meta) }), [people, accountId])
  const rounds = publication.rounds.state
  const publishedRound = rounds?.frozen ? rounds.round : null
  const access = useMemo(() => accessOf(account, publishedRound), [account, publishedRound])
  const workspaces = useSharingWorkspaces(reportId, openReport)
  const colleagues = useTeamPeople()

  if (phase.kind === 'loading') return <>{loading}</>
  if (phase.kind === 'failed') return <>{failed(phase.error, () => setAttempt((n) => n + 1))}</>
  return (
    <DraftsContext.Provider value={drafts?.ok ? drafts.db : null}>
      <WorkspacesContext.Provider value={workspaces}>
        <PresenceContext.Provider value={presence}>
          <PeopleContext.Provider value={colleagues}>
            <PublicationContext.Provider value={publication.rounds}>
              <SessionBridge key={phase.session.tab} session={phase.session} access={access}>
                <UnitsProvider>{children}</UnitsProvider>
              </SessionBridge>
            </PublicationContext.Provider>
          </PeopleContext.Provider>
        </PresenceContext.Provider>
      </WorkspacesContext.Provider>
    </DraftsContext.Provider>
  )
}
