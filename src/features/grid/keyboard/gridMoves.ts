/** Where the active cell goes for each navigation key of the ARIA grid pattern. */

export interface CellPos {
  readonly row: number
  readonly col: number
}

export interface GridBounds {
  readonly rows: number
  readonly cols: number
  /** Rows visible at once, for PageUp/PageDown. */
  readonly pageRows: number
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n))

/** The new position, or null when the key is not a navigation key. */
export function moveFor(key: string, ctrl: boolean, pos: CellPos, b: GridBounds): CellPos | null {
  const lastRow = b.rows - 1
  const lastCol = b.cols - 1
  const at = (row: number, col: number): CellPos => ({ row: clamp(row, lastRow), col: clamp(col, lastCol) })
  switch (key) {
    case 'ArrowUp':
      return at(ctrl ? 0 : pos.row - 1, pos.col)
    case 'ArrowDown':
      return at(ctrl ? lastRow : pos.row + 1, pos.col)
    case 'ArrowLeft':
      return at(pos.row, ctrl ? 0 : pos.col - 1)
    case 'ArrowRight':
      return at(pos.row, ctrl ? lastCol : pos.col + 1)
    case 'Home':
      return ctrl ? at(0, 0) : at(pos.row, 0)
    case 'End':
      return ctrl ? at(lastRow, lastCol) : at(pos.row, lastCol)
    case 'PageUp':
      return at(pos.row - Math.max(1, b.pageRows), pos.col)
    case 'PageDown':
      return at(pos.row + Math.max(1, b.pageRows), pos.col)
    default:
      return null
  }
}

/** The rectangle between two corners, inclusive. */
export function rangeOf(a: CellPos, b: CellPos): { top: number; bottom: number; left: number; right: number } {
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) }
}
