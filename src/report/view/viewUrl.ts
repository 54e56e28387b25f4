/**
 * The view <-> URL search params, so a reload or a shared link reopens the same view.
 * Only non-default parts are written; params that are not the view's are left alone; anything
 * malformed in a hand-edited link is ignored rather than breaking the page.
 *
 *   ?sort=-percent.no&q=agua&obj=...&obj=...&ctype=exclusiva&percent=..80&band=under50
 *   &findings=yes&severity=error&status=reviewed&unit=<unit id>&cols=no.description.percent&meta=12
 *
 * `meta` is the meta's 1-based position in the report (meta=1 is the first row of the file,
 * meta=351 the last of the seed), not its "N.º de meta": numbers repeat across objectives, may be
 * blank, and an edit to the number would break every link, while a position never changes for
 * a report. Filter values the app does not know (band=lt50) are dropped, not applied as a filter
 * that matches nothing.
 */
import { REVIEW_STATUSES } from '../reviewStatus'
import { SEVERITIES } from '../severities'
import { BANDS } from '../statistics'
import { isViewColumnKey } from '../viewColumns'
import { DEFAULT_VIEW, EMPTY_FILTERS, type NumberRange, type SortRule, type ViewColumnKey, type ViewFilters, type ViewSpec } from './viewSpec'

const P = {
  sort: 'sort',
  search: 'q',
  columns: 'cols',
  selected: 'meta',
  objective: 'obj',
  competenceType: 'ctype',
  planned: 'planned',
  achieved: 'achieved',
  percent: 'percent',
  band: 'band',
  hasFindings: 'findings',
  severity: 'severity',
  reviewStatus: 'status',
  unit: 'unit',
} as const

// Lists are joined with '.', which URLs keep as is (a ',' would show as %2C); ',' is still read.
const LIST_JOIN = '.'
const LIST_SPLIT = /[.,]/

/** The param of the selected meta (1-based position). */
export const VIEW_SELECTED_PARAM = P.selected

/** Every search param the view owns. */
const VIEW_PARAMS: readonly string[] = Object.values(P)

function encodeRange(range: NumberRange): string {
  return `${range.min ?? ''}..${range.max ?? ''}`
}

function decodeBound(text: string): number | null | undefined {
  if (text === '') return null
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

function decodeRange(text: string | null): NumberRange | null {
  if (text === null) return null
  const parts = text.split('..')
  if (parts.length !== 2) return null
  const min = decodeBound(parts[0])
  const max = decodeBound(parts[1])
  if (min === undefined || max === undefined || (min === null && max === null)) return null
  return { min, max }
}

function decodeSort(text: string | null): SortRule[] {
  if (!text) return []
  const rules: SortRule[] = []
  for (const part of text.split(LIST_SPLIT)) {
    const desc = part.startsWith('-')
    const column = desc ? part.slice(1) : part
    if (isViewColumnKey(column) && !rules.some((r) => r.column === column)) rules.push({ column, desc })
  }
  return rules
}

function decodeColumns(text: string | null): ViewColumnKey[] | null {
  if (!text) return null
  const columns = [...new Set(text.split(LIST_SPLIT).filter(isViewColumnKey))]
  return columns.length > 0 ? columns : null
}

function decodeList(params: URLSearchParams, name: string, known?: readonly string[]): string[] {
  return [...new Set(params.getAll(name).filter((v) => v !== '' && (!known || known.includes(v))))]
}

/** The 1-based position in the URL to a meta id; anything else selects nothing. */
function decodeSelected(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text) || Number(text) < 1) return DEFAULT_VIEW.selected
  return Number(text) - 1
}

export function decodeView(params: URLSearchParams): ViewSpec {
  const findings = params.get(P.hasFindings)
  const filters: ViewFilters = {
    objective: decodeList(params, P.objective),
    competenceType: decodeList(params, P.competenceType),
    planned: decodeRange(params.get(P.planned)),
    achieved: decodeRange(params.get(P.achieved)),
    percent: decodeRange(params.get(P.percent)),
    band: decodeList(params, P.band, BANDS),
    hasFindings: findings === 'yes' ? true : findings === 'no' ? false : null,
    severity: decodeList(params, P.severity, SEVERITIES),
    reviewStatus: decodeList(params, P.reviewStatus, REVIEW_STATUSES),
    unit: decodeList(params, P.unit),
  }
  return {
    sort: decodeSort(params.get(P.sort)),
    filters,
    search: params.get(P.search) ?? '',
    columns: decodeColumns(params.get(P.columns)),
    selected: decodeSelected(params.get(P.selected)),
  }
}

/** `base` with the view's params replaced by those of `spec` (other params are kept). */
export function encodeView(spec: ViewSpec, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base)
  for (const name of VIEW_PARAMS) out.delete(name)
  if (spec.sort.length > 0) out.set(P.sort, spec.sort.map((r) => (r.desc ? '-' : '') + r.column).join(LIST_JOIN))
  if (spec.search !== '') out.set(P.search, spec.search)
  const f = spec.filters
  for (const key of ['objective', 'competenceType', 'band', 'severity', 'reviewStatus', 'unit'] as const) {
    for (const value of f[key]) out.append(P[key], value)
  }
  for (const key of ['planned', 'achieved', 'percent'] as const) {
    const range = f[key]
    if (range && (range.min !== null || range.max !== null)) out.set(P[key], encodeRange(range))
  }
  if (f.hasFindings !== EMPTY_FILTERS.hasFindings) out.set(P.hasFindings, f.hasFindings ? 'yes' : 'no')
  if (spec.columns) out.set(P.columns, spec.columns.join(LIST_JOIN))
  if (spec.selected !== null) out.set(P.selected, String(spec.selected + 1))
  return out
}

/**
 * The param naming the report a link was made on: a prefix of its workspace's content hash, so
 * a link made on the 2021 report does not open its filters on the 2020 one. Not a view param:
 * encodeView leaves it alone.
 */
export const WORKSPACE_PARAM = 'ws'
const WORKSPACE_REF_LENGTH = 12

/** The short name of a workspace in a link (12 hex chars: a clash among a browser's reports is negligible). */
export function workspaceRef(hash: string): string {
  return hash.slice(0, WORKSPACE_REF_LENGTH).toLowerCase()
}

/** `base` with the workspace param set to `hash`'s reference, or removed when `hash` is null. */
export function withWorkspace(base: URLSearchParams, hash: string | null): URLSearchParams {
  const out = new URLSearchParams(base)
  if (hash) out.set(WORKSPACE_PARAM, workspaceRef(hash))
  else out.delete(WORKSPACE_PARAM)
  return out
}

export type LinkedWorkspace = { readonly kind: 'none' } | { readonly kind: 'found'; readonly hash: string } | { readonly kind: 'unknown' }

/**
 * The workspace a link names among the known hashes: `none` when it names none, `unknown` when
 * the reference matches no known workspace (or, being too short, more than one).
 */
export function linkedWorkspace(params: URLSearchParams, hashes: readonly string[]): LinkedWorkspace {
  const ref = params.get(WORKSPACE_PARAM)?.trim().toLowerCase()
  if (!ref) return { kind: 'none' }
  const matches = hashes.filter((h) => h.toLowerCase().startsWith(ref))
  return matches.length === 1 ? { kind: 'found', hash: matches[0] } : { kind: 'unknown' }
}
