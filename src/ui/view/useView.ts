/**
 * useView(): the current view of the open report, for every screen that follows it.
 *
 *   const view = useView()
 *   view.spec        ViewSpec from the URL (sort, filters, search, columns, selected meta)
 *   view.metas       the metas of the view, in order, with current (edited) values
 *   view.members     the same metas in report order; the same array while only the sort changes,
 *                    so counts, means and charts over the view can memoize on it
 *   view.total       number of metas in the report ("N de M metas": view.metas.length of view.total)
 *   view.columns     visible columns in display order
 *   view.context     findings / bands / review statuses the view was computed with
 *   view.stale       true when edits were made since the order and filters were applied:
 *                    edited rows stay where they were until view.refresh()
 *   view.setSpec(next | spec => next)     any change; one browser-history entry (Back undoes it)
 *   view.setFilter('objective', [key])    one filter; facet keys come from facetKey(text)
 *   view.clearFilter('percent'), view.clearAll()
 *   view.setSearch(text)                  consecutive keystrokes share one history entry
 *   view.select(metaId | null, column?)   the meta open in the side panel (replaces history); with a
 *                                         column the grid's active cell goes to that cell and scrolls to it
 *   view.cellRequest                      the last cell asked for by select(meta, column), for the grid
 *   view.refresh()                        re-apply sort and filters to the current values
 *   view.selection                        meta ids of the rows selected in the grid (set by the grid)
 *
 * useView() follows a change one render later than the grid (useGridView()), so rows answer a
 * click or a keystroke first and figures and charts over the view catch up right after.
 *
 * Pure parts (types, computeView, facetCounts, URL codec) live in src/report/view/.
 */
import { createContext, useContext } from 'react'
import type { ViewContext } from '../../report/view/viewContext'
import type { FilterKey, ViewColumnKey, ViewFilters, ViewSpec } from '../../report/view/viewSpec'
import type { Meta } from '../../report/types'

export interface ViewState {
  readonly spec: ViewSpec
  readonly metas: readonly Meta[]
  readonly members: readonly Meta[]
  readonly total: number
  readonly columns: readonly ViewColumnKey[]
  readonly context: ViewContext
  readonly stale: boolean
  readonly setSpec: (next: ViewSpec | ((spec: ViewSpec) => ViewSpec)) => void
  readonly setFilter: <K extends FilterKey>(key: K, value: ViewFilters[K]) => void
  readonly clearFilter: (key: FilterKey) => void
  readonly clearAll: () => void
  readonly setSearch: (text: string) => void
  readonly select: (metaId: number | null, column?: ViewColumnKey) => void
  readonly cellRequest: CellRequest | null
  readonly refresh: () => void
  /** The metas of the rows selected in the grid (the active row's alone for one cell), in view order. */
  readonly selection: readonly number[]
  readonly setSelection: (metas: readonly number[]) => void
}

/** A cell another screen asked the grid to show; `serial` tells two requests for one cell apart. */
export interface CellRequest {
  readonly meta: number
  readonly column: ViewColumnKey
  readonly serial: number
}

export const ViewStateContext = createContext<ViewState | null>(null)
export const GridViewContext = createContext<ViewState | null>(null)

export function useView(): ViewState {
  const view = useContext(ViewStateContext)
  if (!view) throw new Error('useView outside ViewProvider')
  return view
}

/** The view without deferral, for the grid and its own controls. */
export function useGridView(): ViewState {
  const view = useContext(GridViewContext)
  if (!view) throw new Error('useGridView outside ViewProvider')
  return view
}
