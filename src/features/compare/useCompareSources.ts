import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useState } from 'react'
import type { DraftsDb } from '../../drafts/draftsDb'
import { draftsConnection } from '../../drafts/openDrafts'
import { readWorkspaceVersions, type WorkspaceVersions } from '../../drafts/workspaceVersions'
import { listWorkspaces, type WorkspaceSummary } from '../../drafts/workspaces'
import type { Report } from '../../report/types'
import type { SourceVersion } from '../../ui/i18n/compareMessages'

/** A side of the comparison: a workspace as imported or with its drafts, as `original:HASH` or `current:HASH`. */
export interface Source {
  readonly version: SourceVersion
  readonly hash: string
}

export const sourceId = ({ version, hash }: Source): string => `${version}:${hash}`

export function parseSourceId(id: string | null): Source | null {
  const match = id === null ? null : /^(original|current):([0-9a-f]+)$/.exec(id)
  return match ? { version: match[1] as SourceVersion, hash: match[2]! } : null
}

/** A side as read: its report and the file it came from. */
export interface SideReport {
  readonly fileName: string
  readonly version: SourceVersion
  readonly report: Report
}

export type SourcesState = { readonly kind: 'opening' } | { readonly kind: 'unavailable' } | { readonly kind: 'ready'; readonly db: DraftsDb }

const NONE: readonly WorkspaceSummary[] = []

/**
 * The reports this browser keeps (each as imported and with its drafts), read from the page's
 * drafts connection. Reading a side parses its original and replays its log.
 */
export function useCompareSources() {
  const [state, setState] = useState<SourcesState>({ kind: 'opening' })
  useEffect(() => {
    let cancelled = false
    void draftsConnection().then((opening) => cancelled || setState(opening.ok ? { kind: 'ready', db: opening.db } : { kind: 'unavailable' }))
    return () => {
      cancelled = true
    }
  }, [])
  const db = state.kind === 'ready' ? state.db : null
  // Undefined while the list is read; a browser that never opened a report has none.
  const workspaces = useLiveQuery(() => (db ? listWorkspaces(db).catch(() => NONE) : undefined), [db])

  const read = useCallback(
    async (a: Source, b: Source): Promise<readonly [SideReport, SideReport] | null> => {
      if (!db) return null
      const versions = new Map<string, Promise<WorkspaceVersions | null>>()
      const of = (hash: string) => {
        let read = versions.get(hash)
        if (!read) versions.set(hash, (read = readWorkspaceVersions(db, hash)))
        return read
      }
      const side = async ({ version, hash }: Source): Promise<SideReport | null> => {
        const found = await of(hash)
        return found && { fileName: found.workspace.fileName, version, report: version === 'original' ? found.original : found.current }
      }
      const [x, y] = await Promise.all([side(a), side(b)])
      return x && y ? [x, y] : null
    },
    [db],
  )
  return { state, workspaces, read }
}
