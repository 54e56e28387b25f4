/** What the grid tells about edited cells: original → current as the cell shows them, and which cells a revert takes. */
import type { CellRef } from '../../ui/session/ReportSession'
import { columnDef, formatCell, isNumericColumn, parseCell } from '../../report/columns'
import type { ColumnKey, Meta } from '../../report/types'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { isEditable } from './gridColumns'
import type { GridMessages } from '../../ui/i18n/gridMessages'

/** Long narratives are cut in a tooltip; the side panel's compare view shows them whole. */
const SHOWN_CHARS = 60

/** A cell's text as the grid shows it (numbers the Ecuadorian way), on one line and shortened. */
function shortValue(key: ColumnKey, text: string, empty: string): string {
  const def = columnDef(key)
  let shown = text
  if (isNumericColumn(def)) {
    const parsed = parseCell(def, text)
    if (parsed.ok && typeof parsed.value === 'number') shown = formatCell(def, parsed.value)
  }
  shown = shown.replace(/\s+/g, ' ').trim()
  if (shown === '') return empty
  return [...shown].length > SHOWN_CHARS
    ? `${[...shown]
        .slice(0, SHOWN_CHARS - 1)
        .join('')
        .trimEnd()}…`
    : shown
}

/** "Editado: 1.234,5 → 2.000" for an edited cell. */
export function editedDescription(original: Meta | undefined, current: Meta, key: ColumnKey, t: GridMessages): string {
  const from = original ? shortValue(key, original.cells[key], t.emptyValue) : t.emptyValue
  return t.editedFromTo(from, shortValue(key, current.cells[key], t.emptyValue))
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
