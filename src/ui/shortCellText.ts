import { columnDef, formatCell, isNumericColumn, parseCell } from '../report/columns'
import type { ColumnKey } from '../report/types'

/** Long narratives are cut where a line tells a change; the side panel's compare view shows them whole. */
const SHOWN_CHARS = 60

/** A cell's text as the grid shows it (numbers the Ecuadorian way), on one line and shortened; `empty` when blank. */
export function shortCellText(key: ColumnKey, text: string, empty: string): string {
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
