/**
 * Fulfillment percentages as files write them: 85, "85 %" and a cell formatted as a percentage are
 * points; 0,85 is a fraction. A fraction column is read as points ("85,00%", the report's own way)
 * and an edit is written back as a fraction, so the file keeps its scale.
 */
import { formatNumber, parseNumber } from '../numbers'
import type { PercentScale } from '../types'
import { percentFraction } from '../xlsxCells'

/** A fraction as percentage points without binary noise (0.8693 → 86.93, not 86.93000000000001). */
export function fractionPoints(fraction: number): number {
  const [mantissa, exponent = '0'] = String(fraction).split('e')
  return Number(`${mantissa}e${Number(exponent) + 2}`)
}

/** Fractions stay under a few units (200 % is 2); points are rarely all that small. */
const FRACTION_MEDIAN = 1.5
const FRACTION_MAX = 10

/** The scale a column's texts are written in: points when any has a % sign or they are large. */
export function detectPercentScale(texts: readonly string[]): PercentScale {
  const values: number[] = []
  for (const text of texts) {
    if (text.trim().endsWith('%')) return 'points'
    const n = parseNumber(text)
    if (n.ok && n.value !== null) values.push(n.value)
  }
  if (values.length === 0) return 'points'
  values.sort((a, b) => a - b)
  const median = values[Math.floor(values.length / 2)]!
  return median <= FRACTION_MEDIAN && values[values.length - 1]! <= FRACTION_MAX ? 'fraction' : 'points'
}

/** A file's percent cell as the report's text: a fraction becomes points; anything else is kept. */
export function reportPercentText(text: string, scale: PercentScale): string {
  if (scale === 'points') return text
  const n = parseNumber(text)
  if (!n.ok || n.value === null || text.trim().endsWith('%')) return text
  return `${formatNumber(fractionPoints(n.value), 2, 10)}%`
}

/** The report's percent text as a fraction column's value (null: not a fraction column, or not a number). */
export function filePercentValue(text: string, scale: PercentScale): number | null {
  if (scale === 'points') return null
  const n = parseNumber(text)
  return n.ok && n.value !== null ? percentFraction(n.value) : null
}
