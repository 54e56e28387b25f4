import { useEffect, useMemo, useState } from 'react'
import { activityEntries, type ActivityEntry } from '../../drafts/activity'
import type { NewReviewLogRecord } from '../../drafts/records'
import { useReportSession } from '../session/ReportSession'

/**
 * The report's activity, oldest first, kept up to date as edits and review changes come in (from
 * this page, another tab or the server); null until the review log is first read.
 */
export function useActivity(): readonly ActivityEntry[] | null {
  const { history, reviewLog } = useReportSession()
  const [reviews, setReviews] = useState<readonly NewReviewLogRecord[] | null>(null)
  useEffect(() => {
    let current = true
    // The previous read stays shown until this one arrives: no flicker on every change.
    void reviewLog().then((records) => current && setReviews(records))
    return () => {
      current = false
    }
  }, [reviewLog])
  return useMemo(() => (reviews === null ? null : activityEntries(history(), reviews)), [history, reviews])
}
