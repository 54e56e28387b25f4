import type { ReviewStatus } from '../report/reviewStatus'
import type { ColumnKey, ColumnMapping } from '../report/types'

/** What a step of the log does: a user's change (a commit or a revert), or the undo/redo of an earlier step. */
export type StepKind = 'edit' | 'undo' | 'redo'

/** A team account as records carry it: who wrote the record. */
export interface Author {
  readonly id: string
  readonly name: string
}

/**
 * What team mode adds to a record (schema v5). `uid` is made by the browser, so a push retried
 * after a lost reply is never stored twice; `version` is the server's order, absent until the
 * server acknowledged the record. Records written before v5 get their uid when first pushed.
 */
export interface SyncFields {
  readonly uid?: string
  readonly version?: number
  /** The account that wrote it (team mode only). */
  readonly author?: Author
  /** When the server stored it (epoch ms). */
  readonly serverAt?: number
}

/**
 * One logged change of one cell. The log is append-only: the current report is the original plus
 * every record in id order, and undo/redo append records rather than remove them.
 */
export interface EditRecord extends SyncFields {
  /** Auto-incremented by IndexedDB: the order of this browser's log across every tab. */
  readonly id: number
  /** Content hash of the workspace's original file. */
  readonly workspace: string
  /** The undo step the record belongs to (one commit, e.g. a pasted block, is one step). */
  readonly step: string
  readonly kind: StepKind
  /** For undo/redo records: the step being undone or redone. */
  readonly target?: string
  /** The browser tab that wrote it, to tell a tab its change was overwritten by another ('' from the server). */
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
  /** How its table is read when its header is not the known layout's (confirmed on import). */
  readonly mapping?: ColumnMapping
}

/** The original file of a workspace (schema v4 on), so the lossless export always has its source. */
export interface OriginalRecord {
  /** The workspace's hash. */
  readonly hash: string
  /**
   * A Blob: IndexedDB keeps it without copying it on the page (a 73 MB Uint8Array held the page
   * for about 300 ms). Originals stored before are a Uint8Array; originalBytes reads either.
   */
  readonly bytes: Blob | Uint8Array
}

export type { ReviewStatus } from '../report/reviewStatus'

export interface ReviewRecord {
  readonly workspace: string
  readonly meta: number
  readonly status: ReviewStatus
  /** Team mode: what to correct, when planning returns the meta (required for 'needsCorrection'). */
  readonly reason?: string
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
  /** The comment's record in the review log (schema v5 on). */
  readonly uid?: string
  /** The server's order of it, so every browser shows a thread in the same order. */
  readonly version?: number
  /** Team mode: the accounts (ids) the text mentions with @. */
  readonly mentions?: readonly string[]
  /** Team mode: the uid of the comment that opened the thread this one answers (absent: it opens one). */
  readonly thread?: string
  /** Team mode: not a comment but the resolution of the thread opened by this uid (its text is ''). */
  readonly resolves?: string
}

/** Who a comment mentions (account ids) and the thread it answers (its first comment's uid). */
export interface CommentAbout {
  readonly mentions?: readonly string[]
  readonly thread?: string
}

/**
 * What a review record does: a meta's status, a comment or a thread's resolution, a finding
 * acknowledged or withdrawn, or the meta's unit (team mode).
 */
export type ReviewLogKind = 'review' | 'comment' | 'resolve' | 'ack' | 'unack' | 'assign'

/**
 * One logged review change (schema v5 on). Like the edit log, the review log is append-only and
 * ordered: records the server ordered (by version), then this browser's unsynced ones (by id).
 * The reviews, comments and acknowledgements stores hold what the log's latest record of each
 * target says, rewritten in the same transaction as the log.
 */
export interface ReviewLogRecord extends SyncFields {
  readonly id: number
  readonly uid: string
  readonly workspace: string
  readonly kind: ReviewLogKind
  readonly meta: number
  /** What the record is about: a meta's status, one comment, or one finding (see reviewTarget). */
  readonly target: string
  /**
   * As on the wire: review { status, reason? }, comment { text, mentions?, thread? }, resolve { thread },
   * ack { rule, column, reason }, unack { rule, column }, assign { unit }.
   */
  readonly data: Readonly<Record<string, string>>
  /** The name shown for it: the reviewer's typed name, or the account's in team mode. */
  readonly by: string
  readonly at: number
  /** 1 until the server acknowledged it: indexed, so what waits is found without a scan. */
  readonly unsynced?: 1
}

export type NewReviewLogRecord = Omit<ReviewLogRecord, 'id'>

/** Where a workspace's replication stands: the last server version pulled into this browser. */
export interface SyncStateRecord {
  readonly workspace: string
  readonly cursor: number
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
