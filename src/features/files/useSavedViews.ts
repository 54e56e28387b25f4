import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useContext } from 'react'
import { WorkspacesContext } from '../../ui/session/WorkspacesContext'
import { useDraftsDb } from '../../ui/session/DraftsContext'
import { listViews, putView, removeView, type SavedView } from '../../drafts/savedViewsStore'

export interface SavedViewsState {
  /** null while loading or when views cannot be stored (no workspace or no IndexedDB). */
  readonly views: readonly SavedView[] | null
  readonly available: boolean
  readonly save: (name: string, query: string) => Promise<void>
  readonly remove: (id: number) => Promise<void>
}

/** The open workspace's saved views: a live query, so a view saved or deleted in any tab shows at once. */
export function useSavedViews(): SavedViewsState {
  const workspace = useContext(WorkspacesContext)?.current ?? null
  const db = useDraftsDb()
  // A connection closed by a newer version's upgrade cannot be read: the list then stays empty.
  const views = useLiveQuery(() => (db && workspace ? listViews(db, workspace).catch(() => null) : null), [db, workspace], null)

  const save = useCallback(
    async (name: string, query: string) => {
      if (!db || !workspace) throw new Error('unavailable')
      await putView(db, workspace, name, query, Date.now())
    },
    [db, workspace],
  )
  const remove = useCallback(
    async (id: number) => {
      if (!db) throw new Error('unavailable')
      await removeView(db, id)
    },
    [db],
  )
  return { views, available: db !== null && workspace !== null, save, remove }
}
