import { createContext, useContext } from 'react'
import type { Person } from '../../sync/teamApi'

export type { Person }

/** Who else has the open shared report open, and on which meta (team mode; empty in local mode). */
export interface Presence {
  /** The others, without this browser's own account. */
  readonly people: readonly Person[]
  /** Tells the others which meta this user is on (null: none). A no-op in local mode. */
  readonly showMeta: (meta: number | null) => void
}

const NOBODY: Presence = { people: [], showMeta: () => undefined }

export const PresenceContext = createContext<Presence>(NOBODY)

export function usePresence(): Presence {
  return useContext(PresenceContext)
}
