import { useDeferredValue } from 'react'
import { useReportSession } from '../../../ui/session/ReportSession'
import { findingsChecked, findingsOf, type Finding } from '../../../report/findings'

/** Above this many metas a report's first check waits for the rows to be on screen (~0.6 s at 100,000). */
const CHECK_LATER_ABOVE = 5_000

/**
 * Findings of the current report (drafts applied): they follow every edit; one check per report,
 * shared with the grid. Checked at low priority, after what the edit or the opening shows: null
 * while a large report's first check has not run yet; after an edit, the previous report's
 * findings until the new check is done.
 */
export function useReportFindings(): readonly Finding[] | null {
  const { report } = useReportSession()
  const checkNow = report.metas.length <= CHECK_LATER_ABOVE || findingsChecked(report)
  const checked = useDeferredValue(report, checkNow ? report : null)
  return checked && findingsOf(checked)
}
