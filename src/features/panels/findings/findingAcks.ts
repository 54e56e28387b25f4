import { useMemo } from 'react'
import { useReportSession } from '../../../ui/session/ReportSession'
import type { Finding } from '../../../report/findings'

/** Acknowledged findings: accepted as they are, with a reason kept in the workspace, so they stop counting as open. */
export interface FindingAcks {
  readonly isAcknowledged: (finding: Finding) => boolean
  readonly reasonOf: (finding: Finding) => string | null
  readonly acknowledge: (finding: Finding, reason: string) => void
  readonly reopen: (finding: Finding) => void
}

/** The workspace's acknowledgements, through the report session. */
export function useFindingAcks(): FindingAcks {
  const { acknowledgement, acknowledgeFinding, withdrawAcknowledgement } = useReportSession()
  return useMemo(
    () => ({
      isAcknowledged: (f) => acknowledgement(f.meta, f.rule, f.column) !== undefined,
      reasonOf: (f) => acknowledgement(f.meta, f.rule, f.column)?.reason ?? null,
      acknowledge: (f, reason) => acknowledgeFinding(f.meta, f.rule, f.column, reason),
      reopen: (f) => withdrawAcknowledgement(f.meta, f.rule, f.column),
    }),
    [acknowledgement, acknowledgeFinding, withdrawAcknowledgement],
  )
}
