import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { parseReportFile } from '../../report/parseReport'
import type { WorkspaceSession } from '../../drafts/workspaceSession'
import { deleteWorkspace, importWorkspace, listWorkspaces, type WorkspaceSummary } from '../../drafts/workspaces'
import type { ParseError } from '../../report/types'
import { openWorkspace, type WantedWorkspace } from './openWorkspace'
import { WorkspacesContext, type WorkspaceCreation, type WorkspacesState } from './WorkspacesContext'
import { DraftsContext } from './DraftsContext'
import { registerServiceWorker } from './registerServiceWorker'
import { SessionBridge } from './SessionBridge'
import { useDraftsConnection } from './useDraftsConnection'

type Phase = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: ParseError | null } | { readonly kind: 'open'; readonly session: WorkspaceSession }

interface Props {
  readonly children: ReactNode
  readonly loading: ReactNode
  readonly failed: (error: ParseError | null, retry: () => void) => ReactNode
}

const NO_WORKSPACES: readonly WorkspaceSummary[] = []

/**
 * Opens the drafts database and a workspace (on a fresh browser, the embedded report), and gives
 * the page its ReportSession and the workspace list. Falls back to memory when IndexedDB is unusable.
 */
export function WorkspaceSessionProvider({ children, loading, failed }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' })
  // The page's first opening follows the link it was opened with (its `ws` names the report).
  const [wanted, setWanted] = useState<WantedWorkspace & { attempt: number }>(() => ({
    hash: null,
    link: new URLSearchParams(window.location.search),
    attempt: 0,
  }))
  const [unknownLink, setUnknownLink] = useState(false)
  const sessionRef = useRef<WorkspaceSession | null>(null)
  const drafts = useDraftsConnection(sessionRef)
  const db = drafts?.ok ? drafts.db : null

  useEffect(() => {
    if (!drafts) return
    let cancelled = false
    let opened: WorkspaceSession | null = null
    void (async () => {
      const outcome = await openWorkspace(drafts.ok ? drafts.db : null, drafts.ok ? null : drafts.problem, wanted).catch(() => ({ ok: false as const, error: null }))
      if (cancelled) {
        if (outcome.ok) outcome.session.close()
        return
      }
      if (!outcome.ok) return setPhase({ kind: 'failed', error: outcome.error })
      opened = outcome.session
      sessionRef.current = outcome.session
      setUnknownLink(outcome.unknownLink === true)
      setPhase({ kind: 'open', session: outcome.session })
    })()
    return () => {
      cancelled = true
      opened?.close()
    }
  }, [drafts, wanted])

  // A live query: an import or delete in any tab (Dexie tells the others) updates the switcher.
  // A connection closed by a newer version's upgrade cannot be read: the list is then empty.
  const workspaces = useLiveQuery(() => (db ? listWorkspaces(db).catch(() => NO_WORKSPACES) : NO_WORKSPACES), [db], NO_WORKSPACES)

  useEffect(registerServiceWorker, [])

  const current = phase.kind === 'open' && phase.session.persistent ? phase.session.workspace : null
  const state = useMemo<WorkspacesState>(
    () => ({
      workspaces,
      current,
      unknownLink,
      dismissUnknownLink: () => setUnknownLink(false),
      open: (hash) => setWanted((w) => ({ hash, attempt: w.attempt + 1 })),
      remove: async (hash) => {
        if (!db) return
        await deleteWorkspace(db, hash)
        if (hash === current) setWanted((w) => ({ hash: null, attempt: w.attempt + 1 }))
      },
      createWorkspaceFromFile: async (bytes, fileName, report, mapping): Promise<WorkspaceCreation> => {
        if (!db) {
          // Without IndexedDB there is nowhere to keep a second report: say why instead of dropping drafts.
          const parsed = report ? { ok: true as const, report } : await parseReportFile(bytes, fileName, mapping ? { mapping } : {})
          return parsed.ok ? { ok: false, error: { code: 'storageNeeded' } } : { ok: false, error: parsed.error }
        }
        const imported = await importWorkspace(db, bytes, fileName, report, mapping)
        if (imported.ok) setWanted((w) => ({ hash: imported.workspace.hash, report: imported.report, attempt: w.attempt + 1 }))
        return imported
      },
    }),
    [db, workspaces, current, unknownLink],
  )

  if (phase.kind === 'loading') return <>{loading}</>
  if (phase.kind === 'failed') return <>{failed(phase.error, () => setWanted((w) => ({ ...w, attempt: w.attempt + 1 })))}</>
  return (
    <DraftsContext.Provider value={db}>
      <WorkspacesContext.Provider value={state}>
        <SessionBridge key={phase.session.workspace + phase.session.tab} session={phase.session}>
          {children}
        </SessionBridge>
      </WorkspacesContext.Provider>
    </DraftsContext.Provider>
  )
}
