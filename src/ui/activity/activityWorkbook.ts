/**
 * The activity as the council's audit trail: one XLSX row per change, in log order, through the
 * app's one XLSX writer (text guarded against formulas, the time as an Excel date). Import lazily: exceljs.
 */
import type { ActivityEntry } from '../../drafts/activity'
import { fittedWidth, writeWorkbook } from '../../report/xlsxWorkbook'
import { localTimeCell, metaNumberCell, sheetCellWidth, textSheetCell } from '../../report/sheetCells'
import { activityAuthor, activityWords, type WordsContext } from './activityWords'

export interface ActivitySheet extends WordsContext {
  /** How people number the meta at this index (its "No." cell). */
  readonly metaNo: (meta: number) => string
  /** The name of the unit the meta is assigned to ('' when none, or in local mode). */
  readonly unitOf: (meta: number) => string
}

export function activityWorkbook(entries: readonly ActivityEntry[], sheet: ActivitySheet): Promise<Uint8Array> {
  const t = sheet.messages.activity
  const c = t.columns
  const header = [c.when, c.meta, c.person, c.unit, c.kind, c.what, c.before, c.after, c.detail]
  const rows = entries.map((entry) => {
    const words = activityWords(entry, sheet)
    return [
      localTimeCell(new Date(entry.at)),
      metaNumberCell(sheet.metaNo(entry.meta)),
      textSheetCell(activityAuthor(entry, sheet.messages)),
      textSheetCell(sheet.unitOf(entry.meta)),
      textSheetCell(words.kind),
      textSheetCell(words.what),
      // Before and after stay the text exactly as it was, so the reader sees what changed.
      textSheetCell(words.before),
      textSheetCell(words.after),
      textSheetCell(words.detail),
    ]
  })
  return writeWorkbook([
    {
      name: t.sheet,
      rows: [header.map(textSheetCell), ...rows].map((cells, i) => ({ number: i + 1, cells })),
      widths: header.map((label, i) => fittedWidth([label.length, ...rows.map((row) => sheetCellWidth(row[i]!))])),
      frozenRows: 1,
      header: true,
    },
  ])
}
