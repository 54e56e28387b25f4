/** XLSX cells both ways: the text a cell value shows (the Ecuadorian way), and a cell text's typed value. */
import { isNumericColumn, type ColumnDef } from './columns'
import { formatNumber, parseNumber } from './numbers'
import type { XlsxSourceCell } from './types'

/** Decimal places a number format such as '0.00%' asks for. */
function formatDecimals(numFmt: string): number {
  const m = /\.(0+)/.exec(numFmt)
  return m ? m[1]!.length : 0
}

/** 21447.91 -> "21447,91": shortest text that reads back as the same number, no grouping. */
export function plainNumberText(value: number): string {
  const s = String(value)
  return (/e/i.test(s) ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : s).replace('.', ',')
}

export function xlsxCellText(cell: XlsxSourceCell): string {
  const { value, numFmt } = cell
  if (value === null) return ''
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) {
      const d = formatDecimals(numFmt)
      return `${formatNumber(value * 100, d, d)}%`
    }
    return plainNumberText(value)
  }
  return String(value)
}

/** Number formats of typed cells; Excel shows them with the reader's separators ("21.447,91" in es-EC). */
export const NUM_FMT = { integer: '0', decimal: '#,##0.00', percent: '0.00%' } as const

/**
 * A cell's text as a typed spreadsheet value: a numeric column's number (a percent as a fraction
 * with a percent format), or the text itself, guarded against formula injection when asked.
 */
export function typedCell(def: ColumnDef, text: string, guard: (text: string) => string = (t) => t): XlsxSourceCell {
  if (isNumericColumn(def)) {
    const parsed = parseNumber(text)
    if (parsed.ok && parsed.value !== null && (def.type !== 'integer' || Number.isInteger(parsed.value))) {
      return def.type === 'percent'
        ? { value: parsed.value / 100, numFmt: NUM_FMT.percent }
        : { value: parsed.value, numFmt: def.type === 'integer' ? NUM_FMT.integer : NUM_FMT.decimal }
    }
    if (parsed.ok) return { value: null }
  }
  return { value: text === '' ? null : guard(text) }
}
