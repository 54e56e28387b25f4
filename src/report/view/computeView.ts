/**
 * computeView(report, spec, context): the metas of a view, filtered and in order. Pure and fast
 * enough for 100,000 metas: sort keys are computed once per call into typed arrays, text is
 * ranked once per distinct value with Spanish collation.
 */
import { compareText, foldLoose } from '../textFold'
import type { Meta, Report } from '../types'
import type { ViewContext } from './viewContext'
import { metaValues } from '../metaValues'
import { searchTerms } from './search'
import { sortMetas } from './sortView'
import { matchingMetas } from './searchIndex'
import { UNREVIEWED } from '../reviewStatus'
import type { FacetColumn, NumberRange, ViewFilters, ViewSpec } from './viewSpec'

// Facet columns hold few distinct texts, so their keys are computed once per text.
const facetKeys = new Map<string, string>()

/** Facet values group texts that differ only by accents, case, spacing or punctuation. */
export function facetKey(text: string): string {
  let key = facetKeys.get(text)
  if (key === undefined) {
    key = foldLoose(text)
    if (facetKeys.size > 50_000) facetKeys.clear()
    facetKeys.set(text, key)
  }
  return key
}

function inRange(value: number | null, range: NumberRange | null): boolean {
  if (!range) return true
  if (value === null) return false
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max)
}

type FilterKeyOf = keyof ViewFilters

/** A predicate per active filter; `skip` leaves one out (facet counts ignore their own filter). */
function predicates(metas: readonly Meta[], spec: ViewSpec, context: ViewContext, skip?: FilterKeyOf): Array<(meta: Meta) => boolean> {
  const f = spec.filters
  const out: Array<(meta: Meta) => boolean> = []
  const facet = (column: FacetColumn) => {
    if (skip === column || f[column].length === 0) return
    const keys = new Set(f[column])
    out.push((m) => keys.has(facetKey(m.cells[column])))
  }
  facet('objective')
  facet('competenceType')
  for (const column of ['planned', 'achieved', 'percent'] as const) {
    const range = f[column]
    if (skip !== column && range) out.push((m) => inRange(metaValues(m)[column], range))
  }
  const bandOf = context.band
  if (skip !== 'band' && f.band.length > 0 && bandOf) {
    const bands = new Set(f.band)
    out.push((m) => {
      const b = bandOf(m)
      return b !== null && bands.has(b)
    })
  }
  const findings = context.findings
  if (skip !== 'hasFindings' && f.hasFindings !== null && findings) {
    const want = f.hasFindings
    out.push((m) => (findings.get(m.id)?.count ?? 0) > 0 === want)
  }
  if (skip !== 'severity' && f.severity.length > 0 && findings) {
    const wanted = f.severity
    out.push((m) => findings.get(m.id)?.severities.some((s) => wanted.includes(s)) ?? false)
  }
  const statusOf = context.reviewStatus
  if (skip !== 'reviewStatus' && f.reviewStatus.length > 0 && statusOf) {
    const statuses = new Set(f.reviewStatus)
    out.push((m) => statuses.has(statusOf(m.id)))
  }
  const units = context.units
  if (skip !== 'unit' && f.unit.length > 0 && units) {
    const keys = new Set(f.unit)
    out.push((m) => keys.has(units.keyOf(m.id)))
  }
  const terms = searchTerms(spec.search)
  if (terms.length > 0) {
    // Meta ids are positions in report.metas, which is what the index is laid out by.
    const matches = matchingMetas(metas, terms)
    out.push((m) => matches[m.id] === 1)
  }
  return out
}

/** The metas passing the filters, in report order: the report's own array when no filter is active. */
function filterMetas(report: Report, spec: ViewSpec, context: ViewContext, skip?: FilterKeyOf): readonly Meta[] {
  const preds = predicates(report.metas, spec, context, skip)
  if (preds.length === 0) return report.metas
  return report.metas.filter((m) => preds.every((p) => p(m)))
}

/**
 * How many metas have each review status among those passing every filter but the status one, so
 * the status filter reads like a facet. A meta whose status was never set counts as unreviewed.
 */
export function statusCounts(report: Report, spec: ViewSpec, context: ViewContext = {}): ReadonlyMap<string, number> {
  const statusOf = context.reviewStatus
  const counts = new Map<string, number>()
  for (const m of filterMetas(report, spec, context, 'reviewStatus')) {
    const status = statusOf?.(m.id) ?? UNREVIEWED
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  return counts
}

/**
 * Team mode: how many metas each unit (by id, NO_UNIT for none) is responsible for among those
 * passing every filter but the unit one, so the unit filter reads like a facet.
 */
export function unitCounts(report: Report, spec: ViewSpec, context: ViewContext): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  const units = context.units
  if (!units) return counts
  for (const m of filterMetas(report, spec, context, 'unit')) {
    const key = units.keyOf(m.id)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** The metas of the view: filtered by every filter and the search, then sorted (not a copy of the report's array when neither applies). */
export function computeView(report: Report, spec: ViewSpec, context: ViewContext = {}): readonly Meta[] {
  return sortMetas(report, filterMetas(report, spec, context), spec.sort, context)
}

export interface FacetCount {
  readonly key: string
  /** The most frequent spelling of the value in the report. */
  readonly label: string
  /** Metas with this value among those passing every other filter. */
  readonly count: number
  /** Metas with this value in the whole report. */
  readonly total: number
}

interface FacetGroup {
  readonly label: string
  readonly total: number
}

// Per metas array and column: labels and totals do not depend on the filters.
const facetGroupCache = new WeakMap<readonly Meta[], Map<FacetColumn, ReadonlyMap<string, FacetGroup>>>()

/** Each facet value of the report with its most frequent spelling and how many metas have it. */
export function facetGroups(report: Report, column: FacetColumn): ReadonlyMap<string, FacetGroup> {
  let byColumn = facetGroupCache.get(report.metas)
  if (!byColumn) facetGroupCache.set(report.metas, (byColumn = new Map()))
  const cached = byColumn.get(column)
  if (cached) return cached
  const spellings = new Map<string, Map<string, number>>()
  for (const m of report.metas) {
    const text = m.cells[column].trim()
    const key = facetKey(text)
    let counts = spellings.get(key)
    if (!counts) spellings.set(key, (counts = new Map()))
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  const groups = new Map<string, FacetGroup>()
  for (const [key, counts] of spellings) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    groups.set(key, { label: ranked[0][0], total: ranked.reduce((n, [, c]) => n + c, 0) })
  }
  byColumn.set(column, groups)
  return groups
}

/**
 * The values of a facet column with their counts, in Spanish order. Counts honour every filter
 * except the facet's own, so picking a second value shows what it would add.
 */
export function facetCounts(report: Report, spec: ViewSpec, column: FacetColumn, context: ViewContext = {}): FacetCount[] {
  const counts = new Map<string, number>()
  for (const m of filterMetas(report, spec, context, column)) {
    const key = facetKey(m.cells[column].trim())
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...facetGroups(report, column)].map(([key, g]) => ({ key, label: g.label, count: counts.get(key) ?? 0, total: g.total })).sort((a, b) => compareText(a.label, b.label))
}
