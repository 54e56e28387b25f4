import { useState, type ReactNode } from 'react'
import { WorkspaceSession } from '../../drafts/workspaceSession'
import type { StorageProblem } from '../../drafts/draftsDb'
import type { Report } from '../../report/types'
import { SessionBridge } from './SessionBridge'

/**
 * A session that keeps edits in memory only: for component tests, and (with the storage problem)
 * for when IndexedDB is unavailable.
 */
export function MemorySessionProvider({ original, problem, children }: { original: Report; problem?: StorageProblem; children: ReactNode }) {
  const [session] = useState(() => WorkspaceSession.inMemory(original, problem))
  return <SessionBridge session={session}>{children}</SessionBridge>
}
