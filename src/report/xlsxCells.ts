/**
 * XLSX cells both ways: the text a cell value shows (the Ecuadorian way), and the one XLSX cell
 * encoder, which writes a typed cell as a spreadsheet value.
 */
import type { TypedCell } from './columns'
import { guardFormula } from './formulaGuard'
import { formatNumber, plainNumberText } from './numbers'
import type { XlsxSourceCell } from './types'

/** Excel keeps 15 significant digits: 1.1000000000000001 is the 1,1 the sheet shows. */
const generalNumber = (value: number): number => Number(value.toPrecision(15))

/**
 * A number as its cell's format shows it, the Ecuadorian way: '#,##0.00' groups and keeps two
 * decimals, '0.0%' is a percentage; General (and what this does not read: dates, scientific) is
 * the number itself without binary noise.
 */
function formattedNumber(value: number, numFmt: string | undefined): string {
  // The first section (positive numbers), without quoted literals, colours and escaped characters.
  const format = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\.|_./g, '')
  const pattern = /[#0?][#0?,]*(?:\.[#0?]*)?/.exec(format)?.[0]
  if (!pattern || /general|@|e[+-]/i.test(format)) return plainNumberText(generalNumber(value))
  const [whole = '', fraction = ''] = pattern.split('.')
  const min = (fraction.match(/0/g) ?? []).length
  const max = fraction.length
  if (format.includes('%')) return `${formatNumber(generalNumber(value * 100), min, max)}%`
  const text = formatNumber(generalNumber(value), min, max)
  return whole.includes(',') ? text : text.replace(/\./g, '')
}

export function xlsxCellText(cell: XlsxSourceCell): string {
  const { value, numFmt } = cell
  if (value === null) return ''
  if (typeof value === 'number') return formattedNumber(value, numFmt)
  return String(value)
}

/** Number formats of typed cells; Excel shows them with the reader's separators ("21.447,91" in es-EC). */
export const NUM_FMT = { integer: '#,##0', decimal: '#,##0.00', percent: '0.00%' } as const

/**
 * The format that shows a decimal as the grid does (formatNumber: grouped, at most 2 decimals,
 * no trailing zeros): "3" not "3,00", "0,5" not "0,50", "21.447,91".
 */
function decimalFormat(value: number): string {
  const hundredths = Math.round(Math.abs(value) * 100)
  if (hundredths % 100 === 0) return NUM_FMT.integer
  return hundredths % 10 === 0 ? '#,##0.0' : NUM_FMT.decimal
}

/**
 * Percentage points as the fraction a percent cell holds, without binary noise: 86.93 / 100 is
 * 0.8693000000000001, so the decimal point of 86.93's own shortest text is moved instead (0.8693).
 */
export function percentFraction(points: number): number {
  const [mantissa, exponent = '0'] = String(points).split('e')
  return Number(`${mantissa}e${Number(exponent) - 2}`)
}

/**
 * A typed cell as a spreadsheet value: a number with the format that shows it as the grid does (a
 * percentage as a fraction with a percent format), blank as no cell, any text guarded against formulas.
 */
export function xlsxCell({ type, value }: TypedCell): XlsxSourceCell {
  if (typeof value === 'number') {
    if (type === 'percent') return { value: percentFraction(value), numFmt: NUM_FMT.percent }
    return { value, numFmt: type === 'integer' ? NUM_FMT.integer : decimalFormat(value) }
  }
  return { value: value === null || value === '' ? null : guardFormula(value) }
}
