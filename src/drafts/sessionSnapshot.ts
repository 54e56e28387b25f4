import type { ColumnKey, Report } from '../report/types'
import type { StorageProblem } from './draftsDb'
import type { Author } from './records'
import type { ReviewBook } from './reviewBook'
import type { SyncState } from './syncState'

/** What a workspace session shows: the types the UI reads from its snapshots. */

export type SaveStatus = 'saved' | 'saving' | 'unsaved'

export interface SaveState {
  readonly status: SaveStatus
  /** Why drafts are not being written, when they are not. */
  readonly problem: StorageProblem | null
  /**
   * What a user would lose: the cells whose text differs from what storage holds, plus the review
   * changes not yet written. An edit undone and redone is one cell, not three log records.
   */
  readonly unsaved: number
  /** Team mode only: what the server has acknowledged ("sincronizado") beyond this browser ("guardado en este equipo"). */
  readonly sync?: SyncState
}

/** An edited cell as the changes view lists it. */
export interface CellChange {
  readonly meta: number
  readonly column: ColumnKey
  readonly original: string
  readonly current: string
  /** When the cell last changed (epoch ms). */
  readonly at: number
  /** Who last changed it (team mode). */
  readonly author?: Author
}

/** Another tab (or, in team mode, another person) overwrote a change of this user's without having seen it; both stay in the log. */
export interface ConflictNotice {
  readonly id: number
  readonly meta: number
  readonly column: ColumnKey
  readonly mine: string
  readonly theirs: string
  /** Who wrote `theirs`, when it came from the server. */
  readonly author?: Author
}

export interface DraftsSnapshot {
  readonly report: Report
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly reviews: ReviewBook
  readonly save: SaveState
  readonly conflicts: readonly ConflictNotice[]
}
