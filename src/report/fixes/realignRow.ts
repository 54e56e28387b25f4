/**
 * A row whose cells sit one column to the right (the seed's meta 54: an empty cell before its
 * description pushes every later cell under the next header) moved back into its columns.
 */
import { rowCells, shiftOf } from '../rules/rowRules'
import type { CellEdit, ColumnKey, Meta } from '../types'

/**
 * The edits that take out the empty cell that pushed the row right, so every later cell moves
 * one column left and the last column is left empty. Null when that is not determined: the row is
 * not shifted right, no empty cell stands before its numbers, or a column the app does not know
 * would have to move (its text is not among the meta's cells). Nothing written in the row is lost.
 */
export function realignRow(meta: Meta, columns: readonly (ColumnKey | null)[]): CellEdit[] | null {
  if (meta.rawCells || shiftOf(meta, columns) !== 1) return null
  const cells = rowCells(meta, columns)
  const planned = columns.indexOf('planned')
  let gap = -1
  for (let i = planned; i >= 0 && gap < 0; i--) if (cells[i]!.trim() === '') gap = i
  if (gap < 0 || columns.slice(gap).includes(null)) return null
  const edits: CellEdit[] = []
  for (let i = gap; i < columns.length; i++) {
    const column = columns[i]!
    const after = cells[i + 1] ?? ''
    if (after !== meta.cells[column]) edits.push({ meta: meta.id, column, after })
  }
  return edits
}
