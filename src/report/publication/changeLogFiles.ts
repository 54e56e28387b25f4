/**
 * The publication's change log as files: CSV (';' + BOM, RFC 4180, as Excel in Ecuador opens it)
 * and XLSX (typed meta number and edit time, frozen header, fitted widths), through the domain's
 * quoting and formula guard.
 */
import { columnDef, textCell } from '../columns'
import { csvLine } from '../exportCsv'
import { parseNumber } from '../numbers'
import { xlsxCell } from '../xlsxCells'
import type { SheetCell } from '../xlsxWorkbook'
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

/** Excel shows the edit time as Ecuador writes dates: day first, 24-hour clock. */
const CHANGE_WHEN_FORMAT = 'dd/mm/yyyy hh:mm'

const textSheetCell = (text: string): SheetCell => xlsxCell(textCell(text))

/** A meta number that is a whole number goes out as a number, so the sheet sorts and filters it as one. */
function metaNumberCell(metaNo: string): SheetCell {
  const parsed = parseNumber(metaNo)
  if (parsed.ok && parsed.value !== null && Number.isInteger(parsed.value)) return { value: parsed.value, numFmt: '0' }
  return textSheetCell(metaNo)
}

/**
 * The edit's local wall-clock time as an Excel date. Excel dates have no time zone and exceljs
 * writes a Date by its UTC fields, so the local fields are copied into UTC: the officer reads the
 * time their clock showed, as in the CSV.
 */
function excelWhen(iso: string | null): SheetCell {
  if (!iso) return { value: null }
  const at = new Date(iso)
  return { value: new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes())), numFmt: CHANGE_WHEN_FORMAT }
}

function cellWidth(cell: SheetCell): number {
  if (cell.value instanceof Date) return CHANGE_WHEN_FORMAT.length
  return String(cell.value ?? '').length
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
    excelWhen(e.when),
    ...(byAuthor ? [textSheetCell(e.author ?? '')] : []),
    textSheetCell(e.comments.join(' | ')),
  ])
  const sheet = {
    name: t.changeLogSheet,
    rows: [header.map(textSheetCell), ...rows].map((cells, i) => ({ number: i + 1, cells })),
    widths: header.map((label, i) => fittedWidth([label.length, ...rows.map((row) => cellWidth(row[i]!))])),
    frozenRows: 1,
    header: true,
  }
  return writeWorkbook([sheet])
}
