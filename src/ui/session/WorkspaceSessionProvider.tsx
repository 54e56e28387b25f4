import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { openDrafts, type DraftsOpening } from '../../drafts/openDrafts'
import { parseReportFile } from '../../report/parseReport'
import { openTabChannel } from '../../drafts/tabSync'
import type { WorkspaceSession } from '../../drafts/workspaceSession'
import { deleteWorkspace, importWorkspace, listWorkspaces, type WorkspaceImport, type WorkspaceSummary } from '../../drafts/workspaces'
import type { ParseError } from '../../report/types'
import { openWorkspace, type WantedWorkspace } from './openWorkspace'
import { WorkspacesContext, type WorkspacesState } from './WorkspacesContext'
import { workspaceMessages } from '../i18n/workspaceMessages'
import { registerServiceWorker } from './registerServiceWorker'
import { SessionBridge } from './SessionBridge'

type Phase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: ParseError | null }
  | { readonly kind: 'open'; readonly session: WorkspaceSession }

interface Props {
  readonly children: ReactNode
  readonly loading: ReactNode
  readonly failed: (error: ParseError | null, retry: () => void) => ReactNode
}

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
  const [workspaces, setWorkspaces] = useState<readonly WorkspaceSummary[]>([])
  const sessionRef = useRef<WorkspaceSession | null>(null)
  const drafts = useRef<Promise<DraftsOpening> | null>(null)
  drafts.current ??= openDrafts(() => sessionRef.current?.stopWriting())

  useEffect(() => {
    let cancelled = false
    let opened: WorkspaceSession | null = null
    void (async () => {
      const opening = await drafts.current!
      const outcome = await openWorkspace(opening.ok ? opening.db : null, opening.ok ? null : opening.problem, wanted).catch(
        () => ({ ok: false as const, error: null }),
      )
      if (cancelled) {
        if (outcome.ok) outcome.session.close()
        return
      }
      if (!outcome.ok) return setPhase({ kind: 'failed', error: outcome.error })
      opened = outcome.session
      sessionRef.current = outcome.session
      setWorkspaces(outcome.workspaces)
      setUnknownLink(outcome.unknownLink === true)
      setPhase({ kind: 'open', session: outcome.session })
    })()
    return () => {
      cancelled = true
      opened?.close()
    }
  }, [wanted])

  const refreshList = useCallback(async () => {
    const opening = await drafts.current!
    if (opening.ok) setWorkspaces(await listWorkspaces(opening.db))
  }, [])

  useEffect(registerServiceWorker, [])

  // Another tab imported or deleted a workspace: keep the switcher's list in step.
  useEffect(() => {
    const channel = openTabChannel((message) => {
      if (message.what === 'workspaces') void refreshList()
    })
    return () => channel.close()
  }, [refreshList])

  const current = phase.kind === 'open' && phase.session.persistent ? phase.session.workspace : null
  const state = useMemo<WorkspacesState>(() => {
    const announce = () => {
      const channel = openTabChannel(() => undefined)
      channel.post({ workspace: '', what: 'workspaces' })
      channel.close()
    }
    return {
      workspaces,
      current,
      unknownLink,
      dismissUnknownLink: () => setUnknownLink(false),
      open: (hash) => setWanted((w) => ({ hash, attempt: w.attempt + 1 })),
      remove: async (hash) => {
        const opening = await drafts.current!
        if (!opening.ok) return
        await deleteWorkspace(opening.db, hash)
        announce()
        if (hash === current) setWanted((w) => ({ hash: null, attempt: w.attempt + 1 }))
        else await refreshList()
      },
      createWorkspaceFromFile: async (bytes, fileName, report): Promise<WorkspaceImport> => {
        const opening = await drafts.current!
        if (!opening.ok) {
          // Without IndexedDB there is nowhere to keep a second report: say why instead of dropping drafts.
          const parsed = report ? { ok: true as const, report } : await parseReportFile(bytes, fileName)
          const message = { es: workspaceMessages.es.storageNeededForImport, en: workspaceMessages.en.storageNeededForImport }
          return parsed.ok ? { ok: false, error: { code: 'empty', message } } : parsed
        }
        const imported = await importWorkspace(opening.db, bytes, fileName, report)
        if (imported.ok) {
          announce()
          setWanted((w) => ({ hash: imported.workspace.hash, report: imported.report, attempt: w.attempt + 1 }))
        }
        return imported
      },
    }
  }, [workspaces, current, unknownLink, refreshList])

  if (phase.kind === 'loading') return <>{loading}</>
  if (phase.kind === 'failed') return <>{failed(phase.error, () => setWanted((w) => ({ ...w, attempt: w.attempt + 1 })))}</>
  return (
    <WorkspacesContext.Provider value={state}>
      <SessionBridge key={phase.session.workspace + phase.session.tab} session={phase.session}>
        {children}
      </SessionBridge>
    </WorkspacesContext.Provider>
  )
}
