/**
 * Sheet cells the app's own tables share (the change log, the activity trail): its text guarded
 * against formulas, a meta number as a number, and a local time as an Excel date.
 */
import { textCell } from './columns'
import { parseNumber } from './numbers'
import { xlsxCell } from './xlsxCells'
import type { SheetCell } from './xlsxWorkbook'

/** Excel shows a time as Ecuador writes dates: day first, 24-hour clock. */
export const LOCAL_TIME_FORMAT = 'dd/mm/yyyy hh:mm'

export const textSheetCell = (text: string): SheetCell => xlsxCell(textCell(text))

/** A meta number that is a whole number goes out as a number, so the sheet sorts and filters it as one. */
export function metaNumberCell(metaNo: string): SheetCell {
  const parsed = parseNumber(metaNo)
  if (parsed.ok && parsed.value !== null && Number.isInteger(parsed.value)) return { value: parsed.value, numFmt: '0' }
  return textSheetCell(metaNo)
}

/**
 * A local wall-clock time as an Excel date. Excel dates have no time zone and exceljs writes a Date
 * by its UTC fields, so the local fields are copied into UTC: the officer reads the time their clock showed.
 */
export function localTimeCell(at: Date | null): SheetCell {
  if (!at) return { value: null }
  return { value: new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes())), numFmt: LOCAL_TIME_FORMAT }
}

/** How wide a cell's text is, for fitting its column. */
export function sheetCellWidth(cell: SheetCell): number {
  if (cell.value instanceof Date) return LOCAL_TIME_FORMAT.length
  return String(cell.value ?? '').length
}
