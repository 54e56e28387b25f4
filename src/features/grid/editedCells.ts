/** What the grid tells about edited cells: original → current as the cell shows them (and by whom), and which cells a revert takes. */
import { editTimeText } from '../../ui/i18n/editTime'
import type { CellChange, CellRef } from '../../ui/session/ReportSession'
import { shortCellText } from '../../ui/shortCellText'
import type { ColumnKey, Meta } from '../../report/types'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { isEditable } from './gridColumns'
import type { GridMessages } from '../../ui/i18n/gridMessages'

/**
 * "Editado: 1.234,5 → 2.000" for an edited cell; on a shared report, who made its latest change
 * and when: "Editado por Ana Pérez el 1/12/2026 10:32: 20 → 29,5".
 */
export function editedDescription(original: Meta | undefined, current: Meta, key: ColumnKey, t: GridMessages, change: CellChange | undefined): string {
  const from = original ? shortCellText(key, original.cells[key], t.emptyValue) : t.emptyValue
  const to = shortCellText(key, current.cells[key], t.emptyValue)
  return change?.author ? t.editedByFromTo(change.author.name, editTimeText(change.at), from, to) : t.editedFromTo(from, to)
}

/** The edited cells of a rectangle of the view, as session.revert takes them. */
export function editedInRange(
  range: { top: number; bottom: number; left: number; right: number },
  rows: readonly Meta[],
  columns: readonly ViewColumnKey[],
  isEdited: (meta: number, column: ColumnKey) => boolean,
): CellRef[] {
  const cells: CellRef[] = []
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const key = columns[c]
      const meta = rows[r]
      if (meta && isEditable(key) && isEdited(meta.id, key)) cells.push({ meta: meta.id, column: key })
    }
  }
  return cells
}
