/** The text an XLSX cell value shows, the Ecuadorian way; numbers keep every digit they have. */
import { formatNumber } from './numbers'
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
