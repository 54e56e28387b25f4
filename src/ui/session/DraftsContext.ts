import { createContext, useContext } from 'react'
import type { DraftsDb } from '../../drafts/draftsDb'

/** The page's drafts connection (drafts/openDrafts), for features that keep their own records; null without IndexedDB. */
export const DraftsContext = createContext<DraftsDb | null>(null)

export function useDraftsDb(): DraftsDb | null {
  return useContext(DraftsContext)
}
