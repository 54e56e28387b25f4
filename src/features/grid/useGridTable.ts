/**
 * The TanStack Table behind the grid: column order and visibility follow the view (URL), widths
 * and the number of frozen leading columns are the user's own preference (localStorage).
 * It holds the columns only: the rows come from the view (computeView sorts and filters them) and
 * the grid renders those in sight, so a sort or a keystroke leaves the table as it was.
 */
import {
  columnOrderingFeature,
  columnPinningFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  tableFeatures,
  useTable,
  type ColumnSizingState,
  type Updater,
} from '@tanstack/react-table'
import { useCallback, useMemo, useState } from 'react'
import { readPreference, writePreference } from '../../ui/browserPreference'
import type { Meta } from '../../report/types'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { gridColumn } from './gridColumns'

/** Bounds of a column's width, by mouse or keyboard. */
export const COLUMN_MIN_WIDTH = 60
export const COLUMN_MAX_WIDTH = 1200

const features = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnPinningFeature,
  columnSizingFeature,
  columnResizingFeature,
})

const helper = createColumnHelper<typeof features, Meta>()

/** Roughly what the header's longest word needs at 12 px semibold, plus padding, sort arrow and filter button. */
function headerWidth(label: string, hasFilter: boolean): number {
  const longest = Math.max(...label.split(/\s+/).map((w) => w.length))
  return Math.ceil(longest * 8) + 48 + (hasFilter ? 24 : 0)
}

/** Column widths come from the column table, widened when a header word would not fit. */
function columnDefs(label: (key: ViewColumnKey) => string, keys: readonly ViewColumnKey[]) {
  return helper.columns(
    keys.map((key) => {
      const col = gridColumn(key)
      const size = Math.max(col.width, headerWidth(label(key), col.filter !== null))
      return helper.display({ id: key, header: key, size, minSize: COLUMN_MIN_WIDTH, maxSize: COLUMN_MAX_WIDTH })
    }),
  )
}

const WIDTHS_KEY = 'poa.grid.widths'
const FROZEN_KEY = 'poa.grid.frozen'
/** Meta number and description stay in sight while scrolling sideways. */
const DEFAULT_FROZEN = 2

function readStored<T>(key: string, valid: (v: unknown) => v is T, fallback: T): T {
  const raw = readPreference(key)
  try {
    const value: unknown = raw === null ? null : JSON.parse(raw)
    return valid(value) ? value : fallback
  } catch {
    return fallback
  }
}

function store(key: string, value: unknown): void {
  writePreference(key, JSON.stringify(value))
}

const isSizing = (v: unknown): v is ColumnSizingState => typeof v === 'object' && v !== null && Object.values(v).every((n) => typeof n === 'number' && n > 0)
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

const NO_ROWS: Meta[] = []

/** `keys`: every column the report can show (reportViewColumnKeys), `columns` the visible ones in order. */
export function useGridTable(columns: readonly ViewColumnKey[], label: (key: ViewColumnKey) => string, keys: readonly ViewColumnKey[]) {
  // Rebuilt only when the labels change (the UI language, another report), as TanStack Table wants stable columns.
  const defs = useMemo(() => columnDefs(label, keys), [label, keys])
  const [columnSizing, setSizing] = useState<ColumnSizingState>(() => readStored(WIDTHS_KEY, isSizing, {}))
  const [frozen, setFrozenState] = useState(() => readStored(FROZEN_KEY, isCount, DEFAULT_FROZEN))
  const onColumnSizingChange = useCallback((updater: Updater<ColumnSizingState>) => {
    setSizing((old) => {
      const next = functionalUpdate(updater, old)
      store(WIDTHS_KEY, next)
      return next
    })
  }, [])
  const setFrozen = useCallback((n: number) => {
    setFrozenState(n)
    store(FROZEN_KEY, n)
  }, [])
  const state = useMemo(() => {
    const visible = new Set(columns)
    return {
      columnOrder: [...columns, ...keys.filter((k) => !visible.has(k))],
      columnVisibility: Object.fromEntries(keys.map((k) => [k, visible.has(k)])),
      columnPinning: { start: columns.slice(0, Math.min(frozen, columns.length)), end: [] },
      columnSizing,
    }
  }, [columns, keys, frozen, columnSizing])
  // The same options while the columns stay as they are: the table then stays the same object too.
  const options = useMemo(
    () => ({ features, columns: defs, data: NO_ROWS, state, onColumnSizingChange, columnResizeMode: 'onChange' as const }),
    [defs, state, onColumnSizingChange],
  )
  const table = useTable(options)
  /** Back to the column table's widths and the default frozen columns. */
  const resetLayout = useCallback(() => {
    onColumnSizingChange({})
    setFrozen(DEFAULT_FROZEN)
  }, [onColumnSizingChange, setFrozen])
  return { table, frozen, setFrozen, resetLayout }
}

export type GridTable = ReturnType<typeof useGridTable>['table']
