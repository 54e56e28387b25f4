import { memo, type CSSProperties, type ReactNode } from 'react'
import type { Meta } from '../../report/types'
import { PersonInitials } from '../../ui/PersonInitials'
import type { Person } from '../../ui/session/PresenceContext'
import type { CellChange } from '../../ui/session/ReportSession'
import type { ViewContext } from '../../report/view/viewContext'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { CellContent } from './CellContent'
import { editedDescription } from './editedCells'
import { isEditable } from './gridColumns'
import type { GridMessages } from '../../ui/i18n/gridMessages'
import type { Language } from '../../ui/i18n/catalog'
import type { CellPos } from './keyboard/gridMoves'
import cells from './gridCells.module.css'

/** A visible column's geometry, computed once per render of the grid. */
export interface ColumnLayout {
  readonly key: ViewColumnKey
  readonly width: number
  /** Stays at the left edge while the grid scrolls sideways (the frozen columns lead the layout). */
  readonly frozen: boolean
  readonly lastFrozen: boolean
  readonly numeric: boolean
}

/** A column the rows render (by its index in the layout), and the room left before it for those they do not. */
export interface ShownColumn {
  readonly index: number
  /** The cell's width and the room before it, one object per layout: a sort leaves the cells' style alone. */
  readonly style: CSSProperties
}

/** The columns a row renders: the frozen ones (in one box at the left edge), then those in sight. */
export interface ColumnWindow {
  readonly frozen: readonly ShownColumn[]
  readonly scrolling: readonly ShownColumn[]
}

interface Props {
  readonly meta: Meta
  /** The same meta in the original report, for the edited cells' original → current. */
  readonly original: Meta | undefined
  /** 0-based position in the view. */
  readonly index: number
  readonly top: number
  readonly columns: readonly ColumnLayout[]
  /** The columns rendered (see useColumnWindow); the others' cells are left out, their room kept. */
  readonly shown: ColumnWindow
  readonly idPrefix: string
  /** Column index of the active cell when it is in this row, else -1. */
  readonly activeCol: number
  /** Selected column span in this row, or null. */
  readonly rangeCols: readonly [number, number] | null
  readonly editor: ReactNode
  readonly editedCols: string
  /** The latest change of each edited cell (keys as changeKey), for who made it and when. */
  readonly changes: ReadonlyMap<string, CellChange>
  /** The others on this meta (team mode), shown by their initials in the row's first cell. */
  readonly people: readonly Person[]
  readonly context: ViewContext
  readonly terms: readonly string[]
  readonly t: GridMessages
  readonly language: Language
  readonly statusNames: Readonly<Record<string, string>>
  /** A read-only account: the edited marker does not offer reverting. */
  readonly readOnly: boolean
  /**
   * Team mode: why a secretaría may not change this row (another unit's meta), null when it may:
   * its cells are read-only and say why on hover and in their description.
   */
  readonly lock: string | null
}

export const changeKey = (meta: number, column: string) => `${meta}:${column}`

/**
 * A cell's id (aria-activedescendant names it), by its position in the view like the rows' keys:
 * a new order fills the same cells with other metas and leaves their ids alone.
 */
export const cellId = (prefix: string, row: number, column: string) => `${prefix}-r${row}-${column}`

/** The view position of the cell an event happened in, read back from the row's and cell's indexes. */
export function cellAt(target: EventTarget): CellPos | null {
  const cell = (target as HTMLElement).closest?.('[role="gridcell"]')
  const row = cell?.closest('[role="row"]')
  if (!cell || !row) return null
  return { row: Number(row.getAttribute('aria-rowindex')) - 2, col: Number((cell as HTMLElement).dataset.col) }
}

/** One meta as a grid row; memoized so scrolling renders only rows entering the viewport. */
export const GridRow = memo(function GridRow(p: Props) {
  const edited = p.editedCols === '' ? [] : p.editedCols.split(',')
  const cell = ({ index: i, style }: ShownColumn) => {
    const c = p.columns[i]
    const inRange = p.rangeCols !== null && i >= p.rangeCols[0] && i <= p.rangeCols[1]
    const isEdited = edited.includes(c.key)
    const description = isEdited && isEditable(c.key) ? editedDescription(p.original, p.meta, c.key, p.t, p.changes.get(changeKey(p.meta.id, c.key))) : undefined
    const classes = [cells.cell]
    if (c.numeric) classes.push(cells.num)
    if (c.frozen) classes.push(cells.frozen)
    if (c.lastFrozen) classes.push(cells.lastFrozen)
    if (i === p.activeCol) classes.push(cells.active)
    if (inRange) classes.push(cells.inRange)
    if (isEdited) classes.push(cells.edited)
    if (i === p.activeCol && p.editor) classes.push(cells.editing)
    return (
      <div
        key={c.key}
        id={cellId(p.idPrefix, p.index, c.key)}
        role="gridcell"
        aria-colindex={i + 1}
        aria-selected={inRange || i === p.activeCol}
        aria-description={p.lock === null ? description : [description, p.lock].filter(Boolean).join('. ')}
        aria-readonly={p.lock === null ? undefined : true}
        title={p.lock ?? undefined}
        className={classes.join(' ')}
        style={style}
        data-col={i}
      >
        {i === 0 && p.people.length > 0 && (
          <span className={c.numeric ? `${cells.present} ${cells.presentBeforeNumber}` : cells.present}>
            {p.people.map((person) => (
              <PersonInitials key={person.accountId} person={person} />
            ))}
          </span>
        )}
        {i === p.activeCol && p.editor ? (
          p.editor
        ) : (
          <CellContent meta={p.meta} column={c.key} context={p.context} terms={p.terms} t={p.t} statusNames={p.statusNames} language={p.language} />
        )}
        {description && <span className={cells.editedMark} aria-hidden="true" title={p.readOnly || p.lock !== null ? description : p.t.editedMarkTitle(description)} />}
      </div>
    )
  }
  return (
    <div
      role="row"
      aria-rowindex={p.index + 2}
      aria-selected={p.activeCol >= 0}
      className={p.editor ? `${cells.row} ${cells.rowEditing}` : p.activeCol >= 0 ? `${cells.row} ${cells.rowActive}` : cells.row}
      style={{ transform: `translateY(${p.top}px)` }}
      data-meta={p.meta.id}
    >
      {p.shown.frozen.length > 0 && (
        <div role="none" className={cells.frozenPart}>
          {p.shown.frozen.map(cell)}
        </div>
      )}
      {p.shown.scrolling.map(cell)}
    </div>
  )
})
