/**
 * The publication's change log as files: CSV (';' + BOM, RFC 4180, as Excel in Ecuador opens it)
 * and XLSX (typed meta number and edit time, frozen header, fitted widths), through the domain's
 * quoting and formula guard.
 */
import { columnDef, textCell } from '../columns'
import { csvLine } from '../exportCsv'
import { localTimeCell, metaNumberCell, sheetCellWidth, textSheetCell } from '../sheetCells'
import type { ChangeLogEntry } from './changeLog'
import type { Bilingual } from '../types'
import type { PublicationTexts } from './publicationTexts'

/** Local time as "2024-05-02 10:30", sortable and read the same way in every locale. */
function localTimeText(iso: string | null): string {
  if (!iso) return ''
  const at = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** On a shared report (its changes have authors) the log has a column saying who made each. */
const hasAuthors = (entries: readonly ChangeLogEntry[]) => entries.some((e) => e.author !== null)

function changeLogHeader(byAuthor: boolean, t: PublicationTexts): string[] {
  return [t.changeMeta, t.changeColumn, t.changeOriginal, t.changeCorrected, t.changeWhen, ...(byAuthor ? [t.changeAuthor] : []), t.changeComments]
}

/** Header and rows of the log, as text. */
function changeLogTable(entries: readonly ChangeLogEntry[], lang: keyof Bilingual, t: PublicationTexts): string[][] {
  const byAuthor = hasAuthors(entries)
  const rows = entries.map((e) => [
    e.metaNo,
    columnDef(e.column).label[lang],
    e.original,
    e.corrected,
    localTimeText(e.when),
    ...(byAuthor ? [e.author ?? ''] : []),
    e.comments.join(' | '),
  ])
  return [changeLogHeader(byAuthor, t), ...rows]
}

export function changeLogCsv(entries: readonly ChangeLogEntry[], lang: keyof Bilingual, t: PublicationTexts): Uint8Array {
  const lines = changeLogTable(entries, lang, t).map((row) => csvLine(row.map(textCell), ';'))
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`)
}

export async function changeLogXlsx(entries: readonly ChangeLogEntry[], lang: keyof Bilingual, t: PublicationTexts): Promise<Uint8Array> {
  // exceljs is large: fetched only when the log is written.
  const { writeWorkbook, fittedWidth } = await import('../xlsxWorkbook')
  const byAuthor = hasAuthors(entries)
  const header = changeLogHeader(byAuthor, t)
  const rows = entries.map((e) => [
    metaNumberCell(e.metaNo),
    textSheetCell(columnDef(e.column).label[lang]),
    // Original and corrected stay the report's text, exactly as typed, so a reader sees what changed.
    textSheetCell(e.original),
    textSheetCell(e.corrected),
    localTimeCell(e.when ? new Date(e.when) : null),
    ...(byAuthor ? [textSheetCell(e.author ?? '')] : []),
    textSheetCell(e.comments.join(' | ')),
  ])
  const sheet = {
    name: t.changeLogSheet,
    rows: [header.map(textSheetCell), ...rows].map((cells, i) => ({ number: i + 1, cells })),
    widths: header.map((label, i) => fittedWidth([label.length, ...rows.map((row) => sheetCellWidth(row[i]!))])),
    frozenRows: 1,
    header: true,
  }
  return writeWorkbook([sheet])
}
