import { createContext, useContext } from 'react'
import type { CellChange, ConflictNotice, SaveState } from '../../drafts/sessionSnapshot'
import type { ReviewBook, ReviewProgress } from '../../drafts/reviewBook'
import type { AcknowledgementRecord, CommentAbout, CommentRecord, NewEditRecord, NewReviewLogRecord, ReviewRecord, ReviewStatus } from '../../drafts/records'
import type { CellEdit, ColumnKey, Report } from '../../report/types'
import type { SessionAccess } from './sessionAccess'

export type { CellChange, ConflictNotice, SaveState, ReviewBook, ReviewProgress, AcknowledgementRecord, CommentAbout, CommentRecord, ReviewRecord, ReviewStatus }

export interface CellRef {
  readonly meta: number
  readonly column: ColumnKey
}

/** Team mode: which unit answers for each meta, and planning's way to change it. */
export interface Assignments {
  /** The unit id of each meta index; a meta absent here is no unit's. */
  readonly units: ReadonlyMap<number, string>
  readonly unitOf: (meta: number) => string | null
  /** Gives each meta to its unit (its id; '' takes it away from any unit); returns how many metas changed unit. */
  readonly assign: (assignments: readonly { readonly meta: number; readonly unit: string }[]) => number
}

/**
 * The open report as every screen sees it: the original, the current state (drafts applied)
 * and the one path by which edits are made, with history, review state and the save state.
 */
export interface ReportSession {
  readonly original: Report
  /** The original with every draft edit applied. */
  readonly report: Report
  /** Whether the cell's current text differs from the original's. */
  readonly isEdited: (meta: number, column: ColumnKey) => boolean
  /** Applies edits as one undoable step (a pasted block is one step). */
  readonly commit: (edits: readonly CellEdit[]) => void
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly undo: () => void
  /**
   * Team mode: undo was asked for, but its step has a cell someone else changed since, so undoing
   * would replace their value. The screens ask; `confirmUndo` undoes anyway, `cancelUndo` keeps it.
   */
  readonly undoAsksFirst: boolean
  readonly confirmUndo: () => void
  readonly cancelUndo: () => void
  readonly redo: () => void
  /** Takes cells back to the original's text, as one undoable step. */
  readonly revert: (cells: readonly CellRef[]) => void
  /** Every edited cell (original → current, when), most recent first. */
  readonly changes: readonly CellChange[]
  /** The whole edit log, oldest first (undo and redo appear as their own records). */
  readonly history: () => readonly NewEditRecord[]
  /** Every review record (statuses, comments, acknowledgements…), as stored and queued; a new function whenever they change. */
  readonly reviewLog: () => Promise<readonly NewReviewLogRecord[]>
  readonly reviewStatus: (meta: number) => ReviewStatus
  /** The record that set the meta's status (its author, time and, when returned, the reason); none: sin revisar. */
  readonly reviewRecord: (meta: number) => ReviewRecord | undefined
  /** `reason`: what to correct, when the meta is returned (team mode). */
  readonly setReviewStatus: (meta: number, status: ReviewStatus, reason?: string) => void
  /** A meta's comments (and, in team mode, its threads' resolutions), oldest first. */
  readonly comments: (meta: number) => readonly CommentRecord[]
  readonly addComment: (meta: number, text: string, about?: CommentAbout) => void
  /** Team mode: closes the thread that `thread` (its first comment's uid) opened. */
  readonly resolveThread: (meta: number, thread: string) => void
  /** The whole review state: every meta's status and comments (for the inbox). */
  readonly reviews: ReviewBook
  readonly reviewProgress: ReviewProgress
  /** The name stamped on statuses, comments and acknowledgements ('' until the user sets it). */
  readonly author: string
  readonly setAuthor: (name: string) => void
  /** The acknowledgement of a finding (column null: a finding about the whole meta). */
  readonly acknowledgement: (meta: number, rule: string, column: ColumnKey | null) => AcknowledgementRecord | undefined
  readonly acknowledgeFinding: (meta: number, rule: string, column: ColumnKey | null, reason: string) => void
  readonly withdrawAcknowledgement: (meta: number, rule: string, column: ColumnKey | null) => void
  readonly save: SaveState
  /** False when drafts live in this page's memory only. */
  readonly persistent: boolean
  readonly retrySave: () => void
  /** Everything not yet written, as a JSON file the user can keep. */
  readonly downloadUnsaved: () => void
  readonly conflicts: readonly ConflictNotice[]
  readonly dismissConflict: (id: number) => void
  /** What this user may change (everything in local mode; the account's role in team mode). */
  readonly access: SessionAccess
  /** Team mode's units per meta; null in local mode, which knows no units. */
  readonly assignments: Assignments | null
}

export const ReportSessionContext = createContext<ReportSession | null>(null)

export function useReportSession(): ReportSession {
  const session = useContext(ReportSessionContext)
  if (!session) throw new Error('useReportSession outside a session provider')
  return session
}
