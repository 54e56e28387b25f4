/** A report shared on the team server, as its list (GET /api/reports) gives it to the browser. */
import type { RoundState } from './publication'

export interface SharedReport extends RoundState {
  /** SHA-256 of the original bytes, hex: the same file is always the same report. */
  readonly id: string
  readonly fileName: string
  readonly entity: string
  readonly year: number | null
  readonly metaCount: number
  /** The last version of its log. */
  readonly version: number
  /** Epoch milliseconds. */
  readonly sharedAt: number
  /** The name of the account that shared it; null when the server shared it at start. */
  readonly sharedBy: string | null
}
