/**
 * What the charts draw, from the domain's statistics over the view's metas, with the view filter
 * each bar or slice stands for. Pure: no React, no Recharts.
 */
import { metaValues } from '../../../report/metaValues'
import { BANDS, statistics, type FulfillmentBand, type GroupSummary, type ReportStatistics } from '../../../report/statistics'
import type { Meta, Report } from '../../../report/types'
import { facetKey } from '../../../report/view/computeView'

export interface BandRow {
  readonly band: FulfillmentBand
  readonly count: number
}

export interface GroupRow {
  /** The statistics' group key (folded text). */
  readonly key: string
  /** The full text (most used spelling). */
  readonly label: string
  readonly code: string | null
  readonly shortName: string
  readonly count: number
  readonly withPercent: number
  readonly mean: number | null
  /** The view's facet keys of the group's spellings: what a click filters by. */
  readonly facetKeys: readonly string[]
}

export interface ScatterPoint {
  readonly id: number
  readonly no: string
  readonly planned: number
  readonly achieved: number
  readonly percent: number | null
}

export interface ChartData {
  readonly stats: ReportStatistics
  readonly bands: readonly BandRow[]
  /** Objectives with at least one readable percentage, highest mean first. */
  readonly objectives: readonly GroupRow[]
  readonly competenceTypes: readonly GroupRow[]
  /** Metas whose planned and achieved totals are both positive (a log axis cannot show the rest). */
  readonly scatter: readonly ScatterPoint[]
  /** Metas of the view left out of the scatter. */
  readonly scatterLeftOut: number
}

function groupRow(group: GroupSummary, report: Report, column: 'objective' | 'competenceType'): GroupRow {
  const facetKeys = [...new Set(group.metas.map((id) => facetKey(report.metas[id].cells[column])))]
  return {
    key: group.key,
    label: group.label,
    code: group.code,
    shortName: group.shortName,
    count: group.count,
    withPercent: group.withPercent,
    mean: group.mean,
    facetKeys,
  }
}

/** The four charts' data for the metas of a view (`report` resolves meta ids to current cells). */
export function chartData(report: Report, metas: readonly Meta[]): ChartData {
  const stats = statistics(metas)
  // "No percentage" only appears when some meta has none; the six fulfillment bands always show.
  const bands = BANDS.filter((band) => band !== 'none' || stats.bands.none > 0).map((band) => ({ band, count: stats.bands[band] }))
  const objectives = stats.byObjective
    .filter((g) => g.mean !== null)
    .map((g) => groupRow(g, report, 'objective'))
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || (a.code ?? '').localeCompare(b.code ?? '', 'es', { numeric: true }))
  const competenceTypes = stats.byCompetenceType.map((g) => groupRow(g, report, 'competenceType')).sort((a, b) => b.count - a.count)
  const scatter: ScatterPoint[] = []
  for (const meta of metas) {
    const v = metaValues(meta)
    if (v.planned !== null && v.achieved !== null && v.planned > 0 && v.achieved > 0) {
      scatter.push({ id: meta.id, no: meta.cells.no, planned: v.planned, achieved: v.achieved, percent: v.percent })
    }
  }
  return { stats, bands, objectives, competenceTypes, scatter, scatterLeftOut: metas.length - scatter.length }
}

/** Whether `selected` (a filter's values) is exactly the set a chart element stands for. */
export function sameKeys(selected: readonly string[], keys: readonly string[]): boolean {
  return selected.length === keys.length && keys.every((k) => selected.includes(k))
}
