/**
 * The ARIA grid: a focusable container (aria-activedescendant points at the active cell), a sticky
 * header and virtualized rows. Keyboard, mouse, clipboard and in-place editing meet here.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useLanguage, useMessages } from '../../ui/i18n/LanguageProvider'
import { useReadOnlyReason } from '../../ui/ReadOnlyNote'
import { useUnitLock } from '../../ui/session/useMetaLock'
import { useReportSession } from '../../ui/session/ReportSession'
import { searchTerms } from '../../report/view/search'
import type { Meta } from '../../report/types'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { planClear } from './clipboard/pasteEdits'
import { useGridClipboard } from './clipboard/useGridClipboard'
import { gridColumn, isEditable } from './gridColumns'
import { GridHeader } from './GridHeader'
import { cellAt, cellId, changeKey, GridRow, type ColumnLayout } from './GridRow'
import { onGridKeyDown } from './keyboard/gridKeyDown'
import type { CellPos } from './keyboard/gridMoves'
import type { GridTable } from './useGridTable'
import { useGridSelection } from './useGridSelection'
import { useSelectedMetas } from './useSelectedMetas'
import { useCellEditing } from './useCellEditing'
import { useCellMenu } from './useCellMenu'
import { useRowPresence } from './useRowPresence'
import { useScrollFollow } from './useScrollFollow'
import { useColumnWindow } from './useColumnWindow'
import type { ViewState } from '../../ui/view/useView'
import { useRecomputeOn } from '../../ui/useRecomputeOn'
import styles from './GridSurface.module.css'
import { useStatusNames } from '../../ui/session/statusNames'

export const ROW_HEIGHT = 52
const HEADER_HEIGHT = 44
/** Rows drawn ahead on each side while the grid scrolls. */
const SCROLLING_OVERSCAN = 4

const estimateSize = () => ROW_HEIGHT

interface Props {
  readonly view: ViewState
  readonly table: GridTable
  readonly announce: (message: string) => void
  readonly onOpenFilter: (column: ViewColumnKey, button: HTMLButtonElement) => void
}

export function GridSurface({ view, table, announce, onOpenFilter }: Props) {
  const messages = useMessages()
  const t = messages.grid
  const statusNames = useStatusNames()
  const { language } = useLanguage()
  const session = useReportSession()
  // A read-only account: no editor opens and nothing is pasted, cleared or reverted; each attempt announces why.
  const gridReadOnly = useReadOnlyReason()
  // A secretaría changes only its unit's metas: the other rows are read-only, and say why.
  const lockOf = useUnitLock()
  const { metas, context } = view
  const idPrefix = useId().replace(/:/g, '')
  const scrollRef = useRef<HTMLDivElement>(null)
  const getScrollElement = useCallback(() => scrollRef.current, [])

  const visible = table.getVisibleLeafColumns()
  const layout: ColumnLayout[] = visible.map((c) => {
    const pinned = c.getIsPinned() === 'start'
    return {
      key: c.id as ViewColumnKey,
      width: c.getSize(),
      frozen: pinned,
      lastFrozen: pinned && c.getIsLastColumn('start'),
      numeric: gridColumn(c.id as ViewColumnKey).numeric,
    }
  })
  const layoutKey = layout.map((c) => `${c.key}:${c.width}:${c.frozen}`).join('|')
  // Rows are memoized; give them a column list that only changes when the layout does.
  const columns = useRecomputeOn([layoutKey], () => layout)
  const keys = useMemo(() => columns.map((c) => c.key), [columns])
  const totalWidth = table.getTotalSize()
  const frozenWidth = columns.reduce((w, c) => (c.frozen ? w + c.width : w), 0)

  const { active, range, moveTo, selectRange, arrivals } = useGridSelection(metas, keys, view.spec.selected, view.select, view.total, view.cellRequest)
  useSelectedMetas(range, metas, view.setSelection)
  // Editing, pasting or clearing the selection is refused when one of its rows is not this account's to change.
  const readOnly = gridReadOnly ?? selectionLock(range, metas, lockOf)
  // The active row stays rendered while scrolled away, so aria-activedescendant always points at a
  // cell and an open editor keeps its text.
  const activeRow = active?.row ?? -1
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range)
      if (activeRow >= 0 && activeRow < range.count && !rows.includes(activeRow)) rows.push(activeRow)
      return rows.sort((a, b) => a - b)
    },
    [activeRow],
  )
  // Rows beyond sight are drawn ahead only while scrolling: at rest, a sort or a keystroke fills
  // the rows on screen (and the active one), not eight more.
  const [scrolling, setScrolling] = useState(false)
  // Stable callbacks and index keys (the default): the virtualizer rebuilds its 100,000 row positions
  // whenever getItemKey changes, and all rows have one height, so positions never depend on the meta.
  const virtualizer = useVirtualizer({
    count: metas.length,
    rangeExtractor,
    getScrollElement,
    estimateSize,
    overscan: scrolling ? SCROLLING_OVERSCAN : 0,
    onChange: (v) => setScrolling(v.isScrolling),
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  })
  const terms = useMemo(() => searchTerms(view.spec.search), [view.spec.search])
  const peopleOn = useRowPresence(view.spec.selected)
  const changes = useMemo(() => new Map(session.changes.map((c) => [changeKey(c.meta, c.column), c])), [session.changes])

  const reveal = useCallback(
    (pos: CellPos) => {
      virtualizer.scrollToIndex(pos.row, { align: 'auto' })
      const el = scrollRef.current
      const col = columns[pos.col]
      if (!el || !col || col.frozen) return
      const left = columns.slice(0, pos.col).reduce((w, c) => w + c.width, 0)
      if (left - frozenWidth < el.scrollLeft) el.scrollLeft = left - frozenWidth
      else if (left + col.width > el.scrollLeft + el.clientWidth) el.scrollLeft = left + col.width - el.clientWidth
    },
    [virtualizer, columns, frozenWidth],
  )
  useScrollFollow(
    scrollRef,
    view.spec,
    arrivals,
    () => {
      if (active) reveal(active)
    },
    () => virtualizer.scrollOffset === 0,
  )
  const go = useCallback(
    (pos: CellPos, extend = false) => {
      moveTo(pos, extend)
      reveal(pos)
    },
    [moveTo, reveal],
  )

  const { editing, startEdit, editorFor } = useCellEditing({ active, metas, keys, go, announce, grid: scrollRef, readOnly })
  const activeKey = active ? keys[active.col] : undefined
  const activeCell = active && metas[active.row] && activeKey ? { meta: metas[active.row].id, column: isEditable(activeKey) ? activeKey : null } : null
  const cellMenu = useCellMenu({ range, metas, keys, announce, t, grid: scrollRef, readOnly, cell: activeCell, startEdit })

  const clipboard = useGridClipboard({
    metas,
    columns: keys,
    context,
    active,
    range,
    editing,
    readOnly,
    commit: session.commit,
    announce,
    t,
    statusNames,
    language,
  })

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) =>
    onGridKeyDown(e, {
      editing,
      active,
      hasRange: range !== null,
      rows: metas.length,
      cols: keys.length,
      pageRows: () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT)),
      grid: scrollRef.current,
      activeId,
      go,
      moveTo,
      selectRange,
      startEdit,
      clearRange: () => {
        if (readOnly !== null) return announce(readOnly)
        const edits = range ? planClear(range, metas, keys) : []
        if (edits.length > 0) session.commit(edits)
      },
      revertSelection: cellMenu.revertSelection,
      openMenuAt: cellMenu.openAt,
    })

  // Focus that comes with a click goes to the clicked cell, not to the first one.
  const clicking = useRef(false)
  const onMouseDown = (e: MouseEvent) => {
    const pos = cellAt(e.target)
    if (!pos || e.button !== 0) return
    clicking.current = true
    moveTo(pos, e.shiftKey && active !== null)
    scrollRef.current?.focus({ preventScroll: true })
    clicking.current = false
    if (e.shiftKey) e.preventDefault()
  }

  const items = virtualizer.getVirtualItems()
  const shown = useColumnWindow(getScrollElement, columns, active?.col ?? -1)
  const activeRendered = active && items.some((i) => i.index === active.row)
  const activeId = active && activeRendered && keys[active.col] ? cellId(idPrefix, active.row, keys[active.col]) : undefined

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={t.gridLabel}
      aria-rowcount={Math.max(1, metas.length) + 1}
      aria-colcount={keys.length}
      aria-multiselectable="true"
      aria-readonly={gridReadOnly !== null || undefined}
      aria-activedescendant={editing ? undefined : activeId}
      tabIndex={0}
      className={styles.surface}
      style={{ ['--total-w' as string]: `${totalWidth}px` }}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onContextMenu={(e) => {
        const pos = cellAt(e.target)
        // Read-only, the cell menu has nothing to offer: the browser's own menu (copy) opens instead.
        if (!pos || editing || readOnly !== null) return
        e.preventDefault()
        const inRange = range && pos.row >= range.top && pos.row <= range.bottom && pos.col >= range.left && pos.col <= range.right
        if (!inRange) moveTo(pos)
        cellMenu.openAt(e.clientX, e.clientY)
      }}
      onDoubleClick={(e) => {
        if (cellAt(e.target)) startEdit()
      }}
      onFocus={(e) => {
        if (e.target === e.currentTarget && !clicking.current && !active && metas.length > 0 && keys.length > 0) moveTo({ row: 0, col: 0 })
      }}
      onCopy={clipboard.onCopy}
      onPaste={clipboard.onPaste}
    >
      <GridHeader
        table={table}
        columns={columns}
        spec={view.spec}
        setSpec={view.setSpec}
        onOpenFilter={onOpenFilter}
        onLeave={(col) => {
          scrollRef.current?.focus({ preventScroll: true })
          if (metas.length > 0) go({ row: 0, col })
        }}
      />
      <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize(), width: totalWidth }}>
        {metas.length === 0 && (
          <div role="row" aria-rowindex={2} className={styles.empty}>
            <div role="gridcell">
              <p>{t.noRows}</p>
              <button type="button" onClick={view.clearAll}>
                {t.clearAll}
              </button>
            </div>
          </div>
        )}
        {items.map((item) => {
          const meta = metas[item.index]
          const isActive = active?.row === item.index
          const inRange = range && item.index >= range.top && item.index <= range.bottom
          return (
            // Keyed by position: a new order or search fills the rows already on screen with other
            // metas instead of replacing them, which costs the browser far less than new elements.
            <GridRow
              key={item.index}
              meta={meta}
              original={session.original.metas[meta.id]}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              columns={columns}
              shown={shown}
              idPrefix={idPrefix}
              activeCol={isActive && active ? active.col : -1}
              editor={editorFor(meta.id, isActive)}
              rangeCols={inRange && range && (range.top !== range.bottom || range.left !== range.right) ? [range.left, range.right] : null}
              editedCols={keys.filter((k) => isEditable(k) && session.isEdited(meta.id, k)).join(',')}
              changes={changes}
              people={peopleOn(meta.id)}
              context={context}
              terms={terms}
              t={t}
              language={language}
              statusNames={statusNames}
              readOnly={gridReadOnly !== null}
              lock={lockOf(meta.id)}
            />
          )
        })}
      </div>
      {cellMenu.element}
    </div>
  )
}

/** Why the selected rows (or the active one) may not be changed: the first row's reason that has one. */
function selectionLock(range: { readonly top: number; readonly bottom: number } | null, metas: readonly Meta[], lockOf: (meta: number) => string | null): string | null {
  if (!range) return null
  for (let row = range.top; row <= range.bottom; row++) {
    const meta = metas[row]
    const lock = meta ? lockOf(meta.id) : null
    if (lock !== null) return lock
  }
  return null
}
