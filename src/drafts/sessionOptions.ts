import type { Report } from '../report/types'
import type { DraftsBackend } from './draftsBackend'
import type { StorageProblem } from './draftsDb'
import type { Author } from './records'

/** What a workspace session opens with: where its drafts live and how it keeps them. */
export interface SessionOptions {
  readonly workspace: string
  readonly original: Report
  readonly backend: DraftsBackend
  /** Set when the backend cannot be written at all (IndexedDB unavailable): drafts stay in memory. */
  readonly problem?: StorageProblem
  /** Keep in step with other tabs (off in tests that simulate tabs by hand). */
  readonly sync?: boolean
  /**
   * Stores the workspace itself, when it opens before its original is stored (so its rows show
   * sooner): started by `shown()` or the first change, written before any draft and retried like
   * them; until it is done the save state is saving.
   */
  readonly store?: () => Promise<void>
  /** The signed-in account, in team mode (a shared report): absent in local mode. */
  readonly account?: Author
}
