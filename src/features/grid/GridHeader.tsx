import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useLanguage, useMessages } from '../../ui/i18n/LanguageProvider'
import { toggleSort, type ViewColumnKey, type ViewSpec } from '../../report/view/viewSpec'
import { gridColumn } from './gridColumns'
import { isExtraColumn, viewColumnLabel } from '../../report/viewColumns'
import { useReportSession } from '../../ui/session/ReportSession'
import type { ColumnLayout } from './GridRow'
import { COLUMN_MAX_WIDTH, COLUMN_MIN_WIDTH, type GridTable } from './useGridTable'
import { filterIsActive } from './filters/filterState'
import cells from './gridCells.module.css'
import styles from './GridHeader.module.css'

interface Props {
  readonly table: GridTable
  readonly columns: readonly ColumnLayout[]
  readonly spec: ViewSpec
  readonly setSpec: (update: (spec: ViewSpec) => ViewSpec) => void
  readonly onOpenFilter: (column: ColumnLayout['key'], button: HTMLButtonElement) => void
  /** ArrowDown from a header: back to the first row, in that column. */
  readonly onLeave: (column: number) => void
}

/** Keyboard resizing: Arrow keys change a width by STEP pixels, Shift+Arrow by WIDE_STEP. */
const STEP = 10
const WIDE_STEP = 50

/**
 * The header is part of the grid's arrow-key navigation (ArrowUp from the first row reaches it),
 * so its buttons are not Tab stops: Left/Right move between them, Down returns to the rows.
 */
function onHeaderKeyDown(e: KeyboardEvent<HTMLDivElement>, onLeave: (column: number) => void) {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLElement>('button, [role="separator"]')]
  const at = buttons.indexOf(e.target as HTMLElement)
  if (at < 0) return
  const go = (i: number) => buttons[Math.max(0, Math.min(buttons.length - 1, i))]?.focus()
  const onSeparator = (e.target as HTMLElement).getAttribute('role') === 'separator'
  // On a column's width handle the arrows resize it (the handle's own keydown); Tab moves on.
  if (onSeparator && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) return
  if (onSeparator && e.key === 'Tab') go(e.shiftKey ? at - 1 : at + 1)
  else if (e.key === 'ArrowRight') go(at + 1)
  else if (e.key === 'ArrowLeft') go(at - 1)
  else if (e.key === 'Home') go(0)
  else if (e.key === 'End') go(buttons.length - 1)
  else if (e.key === 'ArrowDown') onLeave(Number(buttons[at].closest('[role="columnheader"]')?.getAttribute('aria-colindex')) - 1)
  else return
  e.preventDefault()
  e.stopPropagation()
}

/** The sticky header row: sort by click (Shift+click adds a key), filter buttons, resize handles. */
export function GridHeader({ table, columns, spec, setSpec, onOpenFilter, onLeave }: Props) {
  const t = useMessages().grid
  const extras = useReportSession().report.source.extraColumns
  const { language } = useLanguage()
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const byId = new Map(headers.map((h) => [h.id, h]))
  // Dragging a header moves its column before the header it is dropped on (the columns menu does the same by keyboard).
  const dragged = useRef<ViewColumnKey | null>(null)
  // A press on a resize handle resizes; it must not start dragging the whole header.
  const resizing = useRef(false)
  const [dropAt, setDropAt] = useState<ViewColumnKey | null>(null)
  const drop = (target: ViewColumnKey) => {
    const moving = dragged.current
    dragged.current = null
    setDropAt(null)
    if (!moving || moving === target) return
    const order = columns.map((c) => c.key).filter((k) => k !== moving)
    order.splice(order.indexOf(target), 0, moving)
    setSpec((s) => ({ ...s, columns: order }))
  }
  const headerCell = (c: ColumnLayout, i: number) => {
    const label = viewColumnLabel(c.key, language, extras)
    const sortAt = spec.sort.findIndex((r) => r.column === c.key)
    const rule = sortAt >= 0 ? spec.sort[sortAt] : null
    const header = byId.get(c.key)
    const filter = gridColumn(c.key).filter
    const filtered = filter !== null && filterIsActive(spec, c.key)
    const classes = [cells.headerCell]
    if (c.numeric) classes.push(cells.num, styles.numeric)
    if (c.frozen) classes.push(cells.frozen)
    if (c.lastFrozen) classes.push(cells.lastFrozen)
    return (
      <div
        key={c.key}
        role="columnheader"
        aria-colindex={i + 1}
        aria-sort={rule ? (rule.desc ? 'descending' : 'ascending') : undefined}
        className={dropAt === c.key ? `${classes.join(' ')} ${cells.drop}` : classes.join(' ')}
        style={{ width: c.width }}
        draggable
        onDragStart={(e) => {
          if (resizing.current) {
            e.preventDefault()
            return
          }
          dragged.current = c.key
          e.dataTransfer?.setData('text/plain', label)
        }}
        onDragOver={(e) => {
          if (!dragged.current) return
          e.preventDefault()
          setDropAt(c.key)
        }}
        onDragLeave={() => setDropAt((at) => (at === c.key ? null : at))}
        onDrop={(e) => {
          e.preventDefault()
          drop(c.key)
        }}
        onDragEnd={() => {
          dragged.current = null
          setDropAt(null)
        }}
      >
        <button
          type="button"
          tabIndex={-1}
          className={styles.sortButton}
          title={isExtraColumn(c.key) ? t.extraColumnTitle(label) : t.sortTitle(label)}
          onClick={(e: MouseEvent) => setSpec((s) => ({ ...s, sort: toggleSort(s.sort, c.key, e.shiftKey) }))}
        >
          <span className={styles.sortLabel}>{label}</span>
          {rule && (
            <span className={styles.sortIndicator} aria-hidden="true">
              {rule.desc ? '▼' : '▲'}
              {spec.sort.length > 1 && <sub>{sortAt + 1}</sub>}
            </span>
          )}
        </button>
        {filter && (
          <button
            type="button"
            tabIndex={-1}
            className={filtered ? `${styles.filterButton} ${styles.filterButtonActive}` : styles.filterButton}
            aria-label={t.filterColumn(label)}
            aria-haspopup="dialog"
            aria-pressed={filtered}
            title={t.filterColumn(label)}
            onClick={(e) => onOpenFilter(c.key, e.currentTarget)}
          >
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
              <path d="M1 2h14l-5.5 6.5V14l-3-1.5V8.5z" fill="currentColor" />
            </svg>
          </button>
        )}
        {header && (
          <div
            role="separator"
            aria-orientation="vertical"
            aria-label={t.resizeColumn(label)}
            aria-valuenow={c.width}
            aria-valuemin={COLUMN_MIN_WIDTH}
            aria-valuemax={COLUMN_MAX_WIDTH}
            tabIndex={-1}
            className={header.column.getIsResizing() ? `${styles.resizeHandle} ${styles.resizeHandleActive}` : styles.resizeHandle}
            title={t.resizeHint(label)}
            onKeyDown={(e) => {
              const step = e.shiftKey ? WIDE_STEP : STEP
              const delta = e.key === 'ArrowRight' ? step : e.key === 'ArrowLeft' ? -step : 0
              if (e.key === 'Enter') header.column.resetSize()
              else if (delta === 0) return
              else {
                const width = Math.max(COLUMN_MIN_WIDTH, Math.min(COLUMN_MAX_WIDTH, c.width + delta))
                table.setColumnSizing((old) => ({ ...old, [c.key]: width }))
              }
              e.preventDefault()
              e.stopPropagation()
            }}
            onMouseDown={(e) => {
              resizing.current = true
              window.addEventListener('mouseup', () => (resizing.current = false), { once: true })
              header.getResizeHandler()(e)
            }}
            onTouchStart={header.getResizeHandler()}
            onDoubleClick={() => header.column.resetSize()}
          />
        )}
      </div>
    )
  }
  // The frozen headers stand in one box at the left edge, as the rows' frozen cells do.
  const frozen = columns.filter((c) => c.frozen).length
  return (
    <div role="rowgroup" className={styles.head}>
      <div role="row" aria-rowindex={1} className={`${cells.row} ${cells.headRow}`} onKeyDown={(e) => onHeaderKeyDown(e, onLeave)}>
        {frozen > 0 && (
          <div role="none" className={cells.frozenPart}>
            {columns.slice(0, frozen).map(headerCell)}
          </div>
        )}
        {columns.slice(frozen).map((c, i) => headerCell(c, frozen + i))}
      </div>
    </div>
  )
}
