import { useReportSession } from '../../app/session/ReportSession'
import { checkReport, type Finding, type Severity } from '../../report/findings'
import type { Report } from '../../report/types'

// One check per report version, shared by the findings panel, the meta panel and the summary strip.
const cache = new WeakMap<Report, readonly Finding[]>()

export function findingsOf(report: Report): readonly Finding[] {
  let findings = cache.get(report)
  if (!findings) {
    findings = checkReport(report)
    cache.set(report, findings)
  }
  return findings
}

/** Findings of the current report (drafts applied): they follow every edit. */
export function useReportFindings(): readonly Finding[] {
  return findingsOf(useReportSession().report)
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** 0 is the most severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}
