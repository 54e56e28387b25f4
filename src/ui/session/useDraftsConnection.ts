import { useEffect, useState, type RefObject } from 'react'
import { draftsConnection, onDraftsOutdated, type DraftsOpening } from '../../drafts/openDrafts'
import type { WorkspaceSession } from '../../drafts/workspaceSession'

/**
 * The page's drafts connection, once open (null until then). A newer version of the app upgrading
 * the database under this page stops the open session's writes: its drafts are kept for the reload.
 */
export function useDraftsConnection(session: RefObject<WorkspaceSession | null>): DraftsOpening | null {
  const [drafts, setDrafts] = useState<DraftsOpening | null>(null)
  useEffect(() => {
    let cancelled = false
    void draftsConnection().then((opening) => cancelled || setDrafts(opening))
    const unsubscribe = onDraftsOutdated(() => session.current?.stopWriting())
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [session])
  return drafts
}
