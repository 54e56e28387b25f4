import { useCallback, useContext, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useLocation, useNavigation, useSearchParams } from 'react-router'
import { useReportSession } from '../session/ReportSession'
import { WorkspacesContext } from '../session/WorkspacesContext'
import { computeView } from '../../report/view/computeView'
import { decodeView, encodeView, VIEW_SELECTED_PARAM, WORKSPACE_PARAM, withWorkspace, workspaceRef } from '../../report/view/viewUrl'
import { EMBEDDED_REPORT_NAME } from '../session/embeddedReport'
import { activeFilters, clearAllFilters, clearFilter, visibleColumns, type FilterKey, type ViewFilters, type ViewSpec } from '../../report/view/viewSpec'
import { GridViewContext, ViewStateContext, type CellRequest, type ViewState } from './useView'
import { useUnitDefaultView } from './useUnitDefaultView'
import { useViewContext } from './useViewContext'
import { useRecomputeOn } from '../useRecomputeOn'
import type { Meta, Report } from '../../report/types'

type ChangeKind = 'search' | 'sort' | 'select' | 'other'
/** Changes whose URL is written after the rows they reorder or filter are painted (the router renders every page again). */
const AFTER_PAINT: ReadonlySet<ChangeKind> = new Set(['search', 'sort'])

/** Whether `next` differs from `current` by its sort alone. */
const onlySortChanged = (current: ViewSpec, next: ViewSpec) =>
  next.sort !== current.sort && encodeView({ ...next, sort: current.sort }).toString() === encodeView(current).toString()

const NO_SELECTION: readonly number[] = []

/** A view's metas with the report's current values: the same array while no edit came since it was computed. */
const withCurrentValues = (view: { readonly from: Report; readonly metas: readonly Meta[] }, report: Report): readonly Meta[] =>
  view.from === report ? view.metas : view.metas.map((m) => report.metas[m.id])

// The workspace the view last showed, across remounts: the page swaps the provider out while
// another workspace loads, and the URL's selected row meant a row of the previous report.
let viewedWorkspace: string | null = null

/** Holds the view of the open report: the spec lives in the URL, the computed order here. */
export function ViewProvider({ children }: { children: ReactNode }) {
  const { original, report } = useReportSession()
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  // The user is on the way to another page (a lazy one still loading): a late write of this view
  // (the grid's debounced selection) would be a navigation that cancels theirs.
  const navigation = useNavigation()
  const leaving = useRef(false)
  leaving.current = navigation.state !== 'idle' && navigation.location.pathname !== location.pathname
  useUnitDefaultView(params, setParams)
  const urlSpec = useMemo(() => decodeView(params), [params])
  // The router applies a URL change a moment later; until then the written spec is shown, so a
  // checkbox or a header reacts at once. Any URL change (ours landing, Back, a link) supersedes it.
  const [pending, setPending] = useState<ViewSpec | null>(null)
  const [seenLocation, setSeenLocation] = useState(location)
  // The kind of the write the router has not applied yet (so fast typing still shares one entry).
  const unlandedKind = useRef<ChangeKind | null>(null)
  // A keystroke's or a sort's URL is written after the rows it changed are painted (and once for fast typing).
  const laterUrl = useRef<{ frame: number; kind: ChangeKind } | null>(null)
  if (seenLocation !== location) {
    setSeenLocation(location)
    // An earlier keystroke's URL landing leaves the text typed since shown until its own URL lands.
    if (laterUrl.current === null) {
      setPending(null)
      unlandedKind.current = null
    }
  }
  // After a switch to another workspace, a selection left in the URL pointed at the previous
  // report's row: it is dropped (from the URL too) instead of selecting an unrelated meta.
  const workspaces = useContext(WorkspacesContext)
  const workspace = workspaces?.current ?? null
  const [shownWorkspace, setShownWorkspace] = useState(() => viewedWorkspace ?? workspace)
  const [staleSelectionAt, setStaleSelectionAt] = useState<string | null>(null)
  if (shownWorkspace !== workspace) {
    setShownWorkspace(workspace)
    if (shownWorkspace !== null && workspace !== null) setStaleSelectionAt(location.key)
  }
  const selectionStale = staleSelectionAt === location.key
  useEffect(() => {
    viewedWorkspace = workspace
  }, [workspace])
  useEffect(() => {
    if (selectionStale && params.has(VIEW_SELECTED_PARAM)) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          next.delete(VIEW_SELECTED_PARAM)
          return next
        },
        { replace: true },
      )
    }
  }, [selectionStale, params, setParams])
  // The URL names the open report when it is not the embedded one, so a link copied from the
  // address bar reopens that report rather than whichever one the other browser has open.
  const named = workspaces?.workspaces.find((w) => w.hash === workspace && w.fileName !== EMBEDDED_REPORT_NAME)?.hash ?? null
  useEffect(() => {
    if (params.get(WORKSPACE_PARAM) !== (named ? workspaceRef(named) : null)) {
      setParams((current) => withWorkspace(current, named), { replace: true })
    }
  }, [named, params, setParams])
  const written = pending && seenLocation === location ? pending : urlSpec
  const metaCount = report.metas.length
  // A selection outside the report (a hand-edited or old link) selects nothing.
  const checked = written.selected !== null && (selectionStale || written.selected >= metaCount) ? { ...written, selected: null } : written
  // The same view as before stays the same object (the URL landing after a keystroke), so nothing renders again for it.
  const spec = useRecomputeOn([encodeView(checked).toString()], () => checked)
  const usesFindings = spec.filters.hasFindings !== null || spec.filters.severity.length > 0 || spec.sort.some((r) => r.column === 'findings')
  const context = useViewContext(report, usesFindings)

  // Order and filters are applied when the spec (minus selection and columns) changes or on
  // refresh, not on every edit: an edited row stays where the user was looking at it.
  const [refreshCount, setRefreshCount] = useState(0)
  const computeKey = encodeView({ ...spec, selected: null, columns: null }).toString()
  // Assignments arrive with the pull (a secretaría's first view is its unit's metas): a view by unit follows them.
  const byUnit = spec.filters.unit.length > 0 || spec.sort.some((r) => r.column === 'unit')
  const unitsShown = byUnit ? context.units : undefined
  const computed = useRecomputeOn([computeKey, refreshCount, original, unitsShown], () => ({
    from: report,
    metas: computeView(report, spec, context),
    filterKey: encodeView({ ...spec, sort: [], selected: null, columns: null }).toString(),
    sorted: spec.sort.length > 0,
    refreshCount,
  }))
  // After an edit the same rows in the same places, with their current values.
  const metas = useMemo(() => withCurrentValues(computed, report), [computed, report])
  // Same metas in report order, kept while only the sort changes: figures over the view need not recompute.
  // Only the figures read them, so they follow the grid's render (a keystroke paints its rows first).
  const settled = useDeferredValue(computed)
  const members = useRecomputeOn([settled.filterKey, settled.refreshCount, original, report], () =>
    settled.sorted ? Array.from(Int32Array.from(settled.metas, (m) => m.id).sort(), (id) => report.metas[id]) : withCurrentValues(settled, report),
  )

  // Not part of the URL: only where the active cell lands when a finding is followed.
  const [cellRequest, setCellRequest] = useState<CellRequest | null>(null)
  // Not part of the URL either: the rows the grid has selected.
  const [selection, setSelectionState] = useState<readonly number[]>(NO_SELECTION)
  const setSelection = useCallback(
    (next: readonly number[]) => setSelectionState((before) => (before.length === next.length && before.every((id, i) => id === next[i]) ? before : next)),
    [],
  )

  const lastKind = (location.state as { viewChange?: ChangeKind } | null)?.viewChange
  const lastKindRef = useRef(lastKind)
  lastKindRef.current = lastKind
  const toUrl = useCallback(
    (next: ViewSpec, kind: ChangeKind) => {
      if (leaving.current) return
      // Typing a search or moving the selection would flood history; collapse those into one entry.
      const replace = kind === 'select' || (kind === 'search' && (lastKindRef.current === 'search' || unlandedKind.current === 'search'))
      unlandedKind.current = kind
      setParams((current) => encodeView(next, current), { replace, state: { viewChange: kind } })
    },
    [setParams],
  )
  const cancelLaterUrl = () => {
    if (laterUrl.current !== null) cancelAnimationFrame(laterUrl.current.frame)
    laterUrl.current = null
  }
  useEffect(() => cancelLaterUrl, [])
  const write = useCallback(
    (next: ViewSpec, kind: ChangeKind) => {
      const later = laterUrl.current
      cancelLaterUrl()
      // A change of another kind before the earlier one's URL was written: that one gets its own history entry first.
      if (later !== null && later.kind !== kind) toUrl(specRef.current, later.kind)
      specRef.current = next
      setPending(next)
      if (!AFTER_PAINT.has(kind)) return toUrl(next, kind)
      laterUrl.current = {
        kind,
        frame: requestAnimationFrame(() => {
          laterUrl.current = {
            kind,
            frame: requestAnimationFrame(() => {
              laterUrl.current = null
              toUrl(specRef.current, kind)
            }),
          }
        }),
      }
    },
    [toUrl],
  )
  const specRef = useRef(spec)
  specRef.current = spec
  const setSpec = useCallback(
    (next: ViewSpec | ((s: ViewSpec) => ViewSpec)) => {
      const spec = typeof next === 'function' ? next(specRef.current) : next
      write(spec, onlySortChanged(specRef.current, spec) ? 'sort' : 'other')
    },
    [write],
  )
  const setFilter = useCallback(
    <K extends FilterKey>(key: K, value: ViewFilters[K]) => write({ ...specRef.current, filters: { ...specRef.current.filters, [key]: value } }, 'other'),
    [write],
  )
  const value = useMemo<ViewState>(
    () => ({
      spec,
      metas,
      members,
      total: report.metas.length,
      columns: visibleColumns(spec, report.source.extraColumns?.length, context.units !== undefined),
      context,
      stale: computed.from !== report && (spec.sort.length > 0 || spec.search !== '' || activeFilters(spec.filters).length > 0),
      setSpec,
      setFilter,
      clearFilter: (key) => write(clearFilter(specRef.current, key), 'other'),
      clearAll: () => write(clearAllFilters(specRef.current), 'other'),
      setSearch: (text) => write({ ...specRef.current, search: text }, 'search'),
      select: (metaId, column) => {
        if (metaId !== null && column) setCellRequest((r) => ({ meta: metaId, column, serial: (r?.serial ?? 0) + 1 }))
        if (specRef.current.selected !== metaId) write({ ...specRef.current, selected: metaId }, 'select')
      },
      cellRequest,
      refresh: () => setRefreshCount((n) => n + 1),
      selection,
      setSelection,
    }),
    [spec, metas, members, report, context, computed, setSpec, setFilter, write, cellRequest, selection, setSelection],
  )
  // Everything outside the grid renders the view at lower priority, after the rows are painted.
  const deferred = useDeferredValue(value)
  return (
    <GridViewContext.Provider value={value}>
      <ViewStateContext.Provider value={deferred}>{children}</ViewStateContext.Provider>
    </GridViewContext.Provider>
  )
}
