import { useReportSession } from '../../app/session/ReportSession'
import { findingsOf, type Finding, type Severity } from '../../report/findings'

/** Findings of the current report (drafts applied): they follow every edit; one check per report, shared with the grid. */
export function useReportFindings(): readonly Finding[] {
  return findingsOf(useReportSession().report)
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** 0 is the most severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}
