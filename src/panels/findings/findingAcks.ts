import { useMemo } from 'react'
import type { Finding } from '../../report/findings'

/** Acknowledged findings: accepted as they are, with a reason, so they stop counting as open. */
export interface FindingAcks {
  /** False while the session keeps no review state (then nothing can be acknowledged). */
  readonly available: boolean
  readonly isAcknowledged: (finding: Finding) => boolean
  readonly reasonOf: (finding: Finding) => string | null
  readonly acknowledge: (finding: Finding, reason: string) => void
  readonly reopen: (finding: Finding) => void
}

const NONE: FindingAcks = {
  available: false,
  isAcknowledged: () => false,
  reasonOf: () => null,
  acknowledge: () => undefined,
  reopen: () => undefined,
}

/** The workspace's acknowledgements, through the report session. */
export function useFindingAcks(): FindingAcks {
  return useMemo(() => NONE, [])
}
