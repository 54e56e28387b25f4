import { createContext, useContext } from 'react'
import type { CellEdit, ColumnKey, Report } from '../../report/types'

/**
 * The open report as every screen sees it: the original, the current state (drafts applied)
 * and the one path by which edits are made. The drafts store provides the persistent implementation.
 */
export interface ReportSession {
  readonly original: Report
  /** The original with every draft edit applied. */
  readonly report: Report
  /** Whether the cell's current text differs from the original's. */
  readonly isEdited: (meta: number, column: ColumnKey) => boolean
  /** Applies edits as one undoable step (a pasted block is one step). */
  readonly commit: (edits: readonly CellEdit[]) => void
}

export const ReportSessionContext = createContext<ReportSession | null>(null)

export function useReportSession(): ReportSession {
  const session = useContext(ReportSessionContext)
  if (!session) throw new Error('useReportSession outside a session provider')
  return session
}
