import { useCallback, useContext, useEffect, useState } from 'react'
import { WorkspacesContext } from '../../ui/session/WorkspacesContext'
import { listViews, putView, removeView, savedViewsDb, type SavedView } from '../../drafts/savedViewsStore'

export interface SavedViewsState {
  /** null while loading or when views cannot be stored (no workspace or no IndexedDB). */
  readonly views: readonly SavedView[] | null
  readonly available: boolean
  readonly save: (name: string, query: string) => Promise<void>
  readonly remove: (id: number) => Promise<void>
}

/** The open workspace's saved views, reloaded after every change made here. */
export function useSavedViews(): SavedViewsState {
  const workspace = useContext(WorkspacesContext)?.current ?? null
  const [views, setViews] = useState<readonly SavedView[] | null>(null)
  const [available, setAvailable] = useState(workspace !== null)

  const reload = useCallback(async () => {
    const db = workspace ? await savedViewsDb() : null
    setAvailable(db !== null)
    setViews(db && workspace ? await listViews(db, workspace) : null)
  }, [workspace])

  useEffect(() => {
    void reload()
  }, [reload])

  const save = useCallback(
    async (name: string, query: string) => {
      const db = await savedViewsDb()
      if (!db || !workspace) throw new Error('unavailable')
      await putView(db, workspace, name, query, Date.now())
      await reload()
    },
    [workspace, reload],
  )
  const remove = useCallback(
    async (id: number) => {
      const db = await savedViewsDb()
      if (!db) throw new Error('unavailable')
      await removeView(db, id)
      await reload()
    },
    [reload],
  )
  return { views, available, save, remove }
}
