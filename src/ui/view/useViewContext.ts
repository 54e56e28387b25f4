import { useMemo } from 'react'
import { useReportSession } from '../session/ReportSession'
import { useUnitList } from '../session/UnitsContext'
import { useCheckedReport } from './useCheckedReport'
import { metaUnits } from '../../report/team/metaUnits'
import { findingsOf } from '../../report/findings'
import { severityRank, type Severity } from '../../report/severities'
import { metaValues } from '../../report/metaValues'
import { fulfillmentBand } from '../../report/statistics'
import type { FindingSummary, ViewContext } from '../../report/view/viewContext'
import type { Meta, Report } from '../../report/types'

// Summaries per report version over the findings the panels share (findingsOf checks once per report).
const cache = new WeakMap<Report, ReadonlyMap<number, FindingSummary>>()

export function findingSummaries(report: Report): ReadonlyMap<number, FindingSummary> {
  let summaries = cache.get(report)
  if (!summaries) {
    const byMeta = new Map<number, { count: number; severities: Severity[]; worstRank: number }>()
    for (const f of findingsOf(report)) {
      let s = byMeta.get(f.meta)
      if (!s) byMeta.set(f.meta, (s = { count: 0, severities: [], worstRank: 0 }))
      s.count++
      if (!s.severities.includes(f.severity)) s.severities.push(f.severity)
      s.worstRank = Math.max(s.worstRank, severityRank(f.severity))
    }
    summaries = byMeta
    cache.set(report, summaries)
  }
  return summaries
}

const band = (meta: Meta) => fulfillmentBand(metaValues(meta).percent)

const NO_FINDINGS: ReadonlyMap<number, FindingSummary> = new Map()

/**
 * Findings, bands and review statuses of the current report (and in team mode the unit of each
 * meta), as the view filters and sorts by them.
 * `findingsNow`: the view filters or sorts by findings, so they cannot wait for the first paint.
 */
export function useViewContext(report: Report, findingsNow: boolean): ViewContext {
  const { reviewStatus, assignments } = useReportSession()
  const unitList = useUnitList()
  const assigned = assignments?.units
  const units = useMemo(() => (assigned ? metaUnits(assigned, unitList) : undefined), [assigned, unitList])
  const checked = useCheckedReport(report, findingsNow)
  const findings = checked ? findingSummaries(checked) : NO_FINDINGS
  return useMemo<ViewContext>(() => (units ? { findings, band, reviewStatus, units } : { findings, band, reviewStatus }), [findings, reviewStatus, units])
}
