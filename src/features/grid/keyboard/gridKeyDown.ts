/**
 * What a key pressed on the grid itself (not in an editor or a header) does: move, extend or clear
 * the selection, open the editor or the cell menu, and the spreadsheet shortcuts.
 */
import type { KeyboardEvent } from 'react'
import { moveFor, type CellPos } from './gridMoves'

/** The grid as the keyboard sees it, read at the moment of the key press. */
export interface GridKeyTarget {
  readonly editing: boolean
  readonly active: CellPos | null
  readonly hasRange: boolean
  readonly rows: number
  readonly cols: number
  /** Rows that fit in the visible body, for Page Up / Page Down. */
  readonly pageRows: () => number
  readonly grid: HTMLElement | null
  readonly activeId: string | undefined
  readonly go: (pos: CellPos, extend?: boolean) => void
  readonly moveTo: (pos: CellPos, extend?: boolean) => void
  readonly selectRange: (from: CellPos, to: CellPos) => void
  /** Opens the editor on the active cell (with `initial` as its text); false when it cannot. */
  readonly startEdit: (initial?: string) => boolean
  readonly clearRange: () => void
  readonly revertSelection: () => void
  readonly openMenuAt: (x: number, y: number) => void
}

export function onGridKeyDown(e: KeyboardEvent<HTMLElement>, g: GridKeyTarget): void {
  if (g.editing || e.target !== e.currentTarget) return
  // AltGr (Ctrl+Alt on Windows) types characters such as @ on Spanish keyboards; it is not a shortcut.
  const altGraph = e.getModifierState('AltGraph') || (e.ctrlKey && e.altKey)
  const ctrl = (e.ctrlKey || e.metaKey) && !altGraph
  const { active, rows, cols } = g
  if (!active) {
    if (rows > 0 && cols > 0) g.go({ row: 0, col: 0 })
    return
  }
  if (e.key === 'ArrowUp' && active.row === 0 && !ctrl && !e.shiftKey) {
    e.preventDefault()
    g.grid?.querySelector<HTMLButtonElement>(`[role="columnheader"][aria-colindex="${active.col + 1}"] button`)?.focus()
    return
  }
  const next = moveFor(e.key, ctrl, active, { rows, cols, pageRows: g.pageRows() })
  if (e.key === 'Backspace' && e.altKey && !ctrl) {
    e.preventDefault()
    g.revertSelection()
  } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
    e.preventDefault()
    const box = g.activeId ? document.getElementById(g.activeId)?.getBoundingClientRect() : undefined
    if (box) g.openMenuAt(box.left + 8, box.bottom)
  } else if (next) {
    e.preventDefault()
    g.go(next, e.shiftKey)
  } else if (e.key === 'Enter' || e.key === 'F2') {
    if (g.startEdit()) e.preventDefault()
  } else if ((e.key === 'Delete' || e.key === 'Backspace') && g.hasRange) {
    e.preventDefault()
    g.clearRange()
  } else if (ctrl && e.key.toLowerCase() === 'f') {
    // The browser's find cannot see rows that are not rendered; the grid's search can.
    e.preventDefault()
    // The grid and its toolbar's search box are children of one ReviewGrid.
    g.grid?.parentElement?.querySelector<HTMLInputElement>('[role="search"] input[type="search"]')?.focus()
  } else if (ctrl && e.key.toLowerCase() === 'a') {
    e.preventDefault()
    g.selectRange({ row: 0, col: 0 }, { row: rows - 1, col: cols - 1 })
  } else if (e.key === ' ' && (e.shiftKey || ctrl)) {
    // As in spreadsheets: Shift+Space selects the row, Ctrl+Space the column.
    e.preventDefault()
    if (e.shiftKey) g.selectRange({ row: active.row, col: 0 }, { row: active.row, col: cols - 1 })
    else g.selectRange({ row: 0, col: active.col }, { row: rows - 1, col: active.col })
  } else if (e.key === 'Escape') {
    g.moveTo(active)
  } else if (e.key === 'Dead' || e.key === 'Process' || e.keyCode === 229) {
    // Let the browser carry the composition (´ + a, IME) into the editor that opens now.
    g.startEdit('')
  } else if (e.key.length === 1 && (altGraph || (!ctrl && !e.altKey))) {
    if (g.startEdit(e.key)) e.preventDefault()
  }
}
