import { useDeferredValue } from 'react'
import { useReportSession } from '../../../ui/session/ReportSession'
import { findingsOf, type Finding } from '../../../report/findings'
import { useCheckedReport } from '../../../ui/view/useCheckedReport'

/**
 * Findings of the current report (drafts applied): they follow every edit; one check per report,
 * shared with the grid. Checked at low priority, after what the edit or the opening shows: null
 * while a large report's first check has not run yet; after an edit, the previous report's
 * findings until the new check is done.
 */
export function useReportFindings(): readonly Finding[] | null {
  const { report } = useReportSession()
  const checked = useCheckedReport(report, false)
  const deferred = useDeferredValue(checked, checked)
  return deferred && findingsOf(deferred)
}
