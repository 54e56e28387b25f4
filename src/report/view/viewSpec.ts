/**
 * The VIEW of a report: which metas, in which order, with which columns. It is plain data so it
 * can live in the URL (viewUrl.ts), be computed in Node (computeView.ts) and be shared by the grid,
 * the charts, the status bar and the export.
 */
import { extraColumnKey, extraIndex, isExtraColumn, shownInMode, type ViewColumnKey } from '../viewColumns'

// The view's columns are defined in viewColumns.ts; a spec names them by key.
export type { ViewColumnKey }

/**
 * Columns shown when the URL names none, in display order: the meta's number and description
 * first (the grid pins them), then the figures and findings a reviewer reads first, then the
 * review status right after the findings (reviewing metas is the officials' main task, so where
 * each one stands is shown, sortable and filterable, from the start), then the classification,
 * the long narratives last.
 */
export const DEFAULT_COLUMNS: readonly ViewColumnKey[] = [
  'no',
  'description',
  'planned',
  'achieved',
  'percent',
  'computedPercent',
  'findings',
  'reviewStatus',
  'objective',
  'competenceType',
  'indicator',
  'competence',
  'result',
  'contribution',
]

export interface SortRule {
  readonly column: ViewColumnKey
  readonly desc: boolean
}

/** Inclusive bounds; null is open. */
export interface NumberRange {
  readonly min: number | null
  readonly max: number | null
}

export type RangeColumn = 'planned' | 'achieved' | 'percent'

export type FacetColumn = 'objective' | 'competenceType'

export interface ViewFilters {
  /** Facet keys (see facetKey in computeView.ts): a meta passes when its key is listed. */
  readonly objective: readonly string[]
  readonly competenceType: readonly string[]
  readonly planned: NumberRange | null
  readonly achieved: NumberRange | null
  /** Reported percentage, in percentage points (140.6 for "140,60 %"). */
  readonly percent: NumberRange | null
  /** Fulfillment band ids as the context names them. */
  readonly band: readonly string[]
  /** true: only metas with findings; false: only metas without. */
  readonly hasFindings: boolean | null
  /** Only metas with at least one finding of one of these severities. */
  readonly severity: readonly string[]
  /** Review status ids as the drafts store names them. */
  readonly reviewStatus: readonly string[]
  /** Team mode: unit ids, and NO_UNIT for the metas of no unit. */
  readonly unit: readonly string[]
}

export interface ViewSpec {
  /** First rule sorts first; empty keeps report order. */
  readonly sort: readonly SortRule[]
  readonly filters: ViewFilters
  /** Global search: every word must appear in the meta, accents and case ignored. */
  readonly search: string
  /** Visible columns in display order; null means DEFAULT_COLUMNS. */
  readonly columns: readonly ViewColumnKey[] | null
  /** Meta id open in the side panel. */
  readonly selected: number | null
}

export const EMPTY_FILTERS: ViewFilters = {
  objective: [],
  competenceType: [],
  planned: null,
  achieved: null,
  percent: null,
  band: [],
  hasFindings: null,
  severity: [],
  reviewStatus: [],
  unit: [],
}

export const DEFAULT_VIEW: ViewSpec = { sort: [], filters: EMPTY_FILTERS, search: '', columns: null, selected: null }

export type FilterKey = keyof ViewFilters

/** The filters that currently restrict the view (for chips and "clear one"). */
export function activeFilters(filters: ViewFilters): FilterKey[] {
  return (Object.keys(filters) as FilterKey[]).filter((key) => {
    const value = filters[key]
    if (value === null) return false
    if (Array.isArray(value)) return value.length > 0
    return true
  })
}

export function clearFilter(spec: ViewSpec, key: FilterKey): ViewSpec {
  return { ...spec, filters: { ...spec.filters, [key]: EMPTY_FILTERS[key] } }
}

export function clearAllFilters(spec: ViewSpec): ViewSpec {
  return { ...spec, filters: EMPTY_FILTERS, search: '' }
}

/** Team mode's default columns: the unit responsible for each meta right after its review status. */
export const TEAM_DEFAULT_COLUMNS: readonly ViewColumnKey[] = DEFAULT_COLUMNS.flatMap((key) => (key === 'reviewStatus' ? [key, 'unit' as const] : [key]))

/**
 * The columns a report shows by default: DEFAULT_COLUMNS (TEAM_DEFAULT_COLUMNS for a shared
 * report, `team`), then its file's extra columns (as many as `extras`).
 */
export function defaultColumns(extras = 0, team = false): readonly ViewColumnKey[] {
  const own = team ? TEAM_DEFAULT_COLUMNS : DEFAULT_COLUMNS
  return extras === 0 ? own : [...own, ...Array.from({ length: extras }, (_, i) => extraColumnKey(i))]
}

/**
 * Visible columns in order, resolving the default (`extras`: how many extra columns the report's
 * file has; a link naming extra columns another report had shows none of them, and a link naming
 * team mode's columns shows none of them in local mode).
 */
export function visibleColumns(spec: ViewSpec, extras = 0, team = false): readonly ViewColumnKey[] {
  if (!spec.columns) return defaultColumns(extras, team)
  const own = spec.columns.filter((key) => (!isExtraColumn(key) || extraIndex(key) < extras) && shownInMode(key, team))
  return own.length === spec.columns.length ? spec.columns : own
}

/**
 * Sort state after a header click: a plain click sorts by that column alone (asc, then desc, then
 * off); with `multi` (shift-click) the column is added to or cycled within the existing keys.
 */
export function toggleSort(sort: readonly SortRule[], column: ViewColumnKey, multi: boolean): SortRule[] {
  const current = sort.find((r) => r.column === column)
  const next: SortRule | null = !current ? { column, desc: false } : !current.desc ? { column, desc: true } : null
  if (!multi) return next ? [next] : []
  const others = sort.filter((r) => r.column !== column)
  if (!next) return others
  return current ? sort.map((r) => (r.column === column ? next : r)) : [...sort, next]
}
