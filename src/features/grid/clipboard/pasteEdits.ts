/** A pasted block of cells turned into edits, each cell validated by its column. */
import type { CellEdit, Meta } from '../../../report/types'
import type { ViewColumnKey } from '../../../report/view/viewSpec'
import { isEditable, parseEdit } from '../gridColumns'
import type { CellPos } from '../keyboard/gridMoves'

export interface PastePlan {
  readonly edits: CellEdit[]
  /** Cells that could not take the pasted text (not a number, or a computed column), in paste order. */
  readonly rejected: readonly { readonly meta: number; readonly column: ViewColumnKey }[]
}

/**
 * Lays `block` out from `start` over the view's rows and visible columns; cells falling outside
 * the grid are dropped. A single pasted value fills the whole selected range, as in spreadsheets.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  start: CellPos,
  rows: readonly Meta[],
  columns: readonly ViewColumnKey[],
  range?: { top: number; bottom: number; left: number; right: number },
): PastePlan {
  const single = block.length === 1 && block[0].length === 1
  const height = single && range ? range.bottom - range.top + 1 : block.length
  const width = single && range ? range.right - range.left + 1 : Math.max(0, ...block.map((r) => r.length))
  const origin = single && range ? { row: range.top, col: range.left } : start
  const edits: CellEdit[] = []
  const rejected: { meta: number; column: ViewColumnKey }[] = []
  for (let r = 0; r < height; r++) {
    const meta = rows[origin.row + r]
    if (!meta) break
    for (let c = 0; c < width; c++) {
      const key = columns[origin.col + c]
      const text = single ? block[0][0] : block[r]?.[c]
      if (key === undefined || text === undefined) continue
      if (!isEditable(key)) {
        rejected.push({ meta: meta.id, column: key })
        continue
      }
      const parsed = parseEdit(key, text)
      if (!parsed.ok) rejected.push({ meta: meta.id, column: key })
      else if (parsed.text !== meta.cells[key]) edits.push({ meta: meta.id, column: key, after: parsed.text })
    }
  }
  return { edits, rejected }
}

/** Delete/Backspace over a range: every editable cell that may be blank becomes blank (one undo step). */
export function planClear(range: { top: number; bottom: number; left: number; right: number }, rows: readonly Meta[], columns: readonly ViewColumnKey[]): CellEdit[] {
  const edits: CellEdit[] = []
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const key = columns[c]
      if (isEditable(key) && rows[r].cells[key] !== '' && parseEdit(key, '').ok) edits.push({ meta: rows[r].id, column: key, after: '' })
    }
  }
  return edits
}
