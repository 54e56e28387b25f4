/** A meta's number as exports name it: a number when the cell is one ("54" -> 54), else its text as written. */
import { parseNumber } from './numbers'

export function metaNumber(no: string): number | string {
  const n = parseNumber(no)
  return n.ok && n.value !== null && Number.isInteger(n.value) ? n.value : no
}
