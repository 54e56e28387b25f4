import type { ReviewStatus } from '../report/reviewStatus'
import type { ColumnKey } from '../report/types'

/** What a step of the log does: a user's change (a commit or a revert), or the undo/redo of an earlier step. */
export type StepKind = 'edit' | 'undo' | 'redo'

/**
 * One logged change of one cell. The log is append-only: the current report is the original plus
 * every record in id order, and undo/redo append records rather than remove them.
 */
export interface EditRecord {
  /** Auto-incremented by IndexedDB: the order of the log across every tab. */
  readonly id: number
  /** Content hash of the workspace's original file. */
  readonly workspace: string
  /** The undo step the record belongs to (one commit, e.g. a pasted block, is one step). */
  readonly step: string
  readonly kind: StepKind
  /** For undo/redo records: the step being undone or redone. */
  readonly target?: string
  /** The browser tab that wrote it, to tell a tab its change was overwritten by another. */
  readonly tab: string
  readonly meta: number
  readonly column: ColumnKey
  /** The cell's text as the writer saw it before the change. */
  readonly before: string
  readonly after: string
  /** Epoch milliseconds. */
  readonly at: number
}

/** A record before IndexedDB has given it an id. */
export type NewEditRecord = Omit<EditRecord, 'id'>

/**
 * A report the user has opened, as the workspace list shows it. Small on purpose: opening a
 * workspace rewrites it (openedAt), so the original's bytes live apart, in OriginalRecord.
 */
export interface WorkspaceRecord {
  /** SHA-256 of the original bytes, hex: the same file opens the same workspace. */
  readonly hash: string
  readonly fileName: string
  readonly entity: string
  readonly year: number | null
  readonly metaCount: number
  readonly createdAt: number
  readonly openedAt: number
}

/** The original file of a workspace (schema v4 on), so the lossless export always has its source. */
export interface OriginalRecord {
  /** The workspace's hash. */
  readonly hash: string
  readonly bytes: Uint8Array
}

export type { ReviewStatus } from '../report/reviewStatus'

export interface ReviewRecord {
  readonly workspace: string
  readonly meta: number
  readonly status: ReviewStatus
  readonly author: string
  readonly at: number
}

export interface CommentRecord {
  readonly id: number
  readonly workspace: string
  readonly meta: number
  readonly author: string
  readonly text: string
  readonly at: number
}

/** A finding the reviewers looked at and accepted as it is, with the reason. */
export interface AcknowledgementRecord {
  readonly workspace: string
  readonly meta: number
  readonly rule: string
  /** The finding's column, or '' when the finding is about the whole meta. */
  readonly column: string
  readonly reason: string
  readonly author: string
  readonly at: number
}

/** A named view of a workspace (filters, sort, columns), saved by the export's saved-views list. */
export interface SavedViewRecord {
  /** Auto-incremented by IndexedDB. */
  readonly id: number
  readonly workspace: string
  readonly name: string
  /** The view as URL search params (the grid's encodeView), so a link and a saved view read the same. */
  readonly query: string
  /** Epoch milliseconds of the last save. */
  readonly savedAt: number
}
