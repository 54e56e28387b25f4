/**
 * The publication's change log as files: CSV (';' + BOM, RFC 4180, as Excel in Ecuador opens it)
 * and XLSX (typed meta number and edit time, frozen header, fitted widths), through the domain's
 * quoting and formula guard.
 */
import { columnDef } from '../../report/columns'
import { csvQuote } from '../../report/exportCsv'
import { guardFormula } from '../../report/formulaGuard'
import { parseNumber } from '../../report/numbers'
import type { ChangeLogEntry } from './changeLog'
import type { FilesMessages } from '../../ui/i18n/filesMessages'
import type { Lang } from './viewDescription'

/** Local time as "2024-05-02 10:30", sortable and read the same way in every locale. */
function localTimeText(iso: string | null): string {
  if (!iso) return ''
  const at = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** Header and rows of the log, as text. */
function changeLogTable(entries: readonly ChangeLogEntry[], lang: Lang, t: FilesMessages): string[][] {
  const header = [t.changeMeta, t.changeColumn, t.changeOriginal, t.changeCorrected, t.changeWhen, t.changeComments]
  const rows = entries.map((e) => [e.metaNo, columnDef(e.column).label[lang], e.original, e.corrected, localTimeText(e.when), e.comments.join(' | ')])
  return [header, ...rows]
}

export function changeLogCsv(entries: readonly ChangeLogEntry[], lang: Lang, t: FilesMessages): Uint8Array {
  const lines = changeLogTable(entries, lang, t).map((row) => row.map((cell) => csvQuote(guardFormula(cell), ';')).join(';'))
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`)
}

const MIN_WIDTH = 8
const MAX_WIDTH = 60
/** Excel shows the edit time as Ecuador writes dates: day first, 24-hour clock. */
const CHANGE_WHEN_FORMAT = 'dd/mm/yyyy hh:mm'

/** A meta number that is a whole number goes out as a number, so the sheet sorts and filters it as one. */
function metaNumberCell(metaNo: string): string | number | null {
  const parsed = parseNumber(metaNo)
  if (parsed.ok && parsed.value !== null && Number.isInteger(parsed.value)) return parsed.value
  return metaNo === '' ? null : guardFormula(metaNo)
}

/**
 * The edit's local wall-clock time as an Excel date. Excel dates have no time zone and exceljs
 * writes a Date by its UTC fields, so the local fields are copied into UTC: the officer reads the
 * time their clock showed, as in the CSV.
 */
function excelWhen(iso: string | null): Date | null {
  if (!iso) return null
  const at = new Date(iso)
  return new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()))
}

function cellWidth(value: string | number | Date | null): number {
  if (value instanceof Date) return CHANGE_WHEN_FORMAT.length
  return String(value ?? '').length
}

export async function changeLogXlsx(entries: readonly ChangeLogEntry[], lang: Lang, t: FilesMessages): Promise<Uint8Array> {
  // exceljs is large: fetched only when the log is written.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(t.changeLogSheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = [t.changeMeta, t.changeColumn, t.changeOriginal, t.changeCorrected, t.changeWhen, t.changeComments]
  const rows = entries.map((e) => [
    metaNumberCell(e.metaNo),
    guardFormula(columnDef(e.column).label[lang]),
    // Original and corrected stay the report's text, exactly as typed, so a reader sees what changed.
    e.original === '' ? null : guardFormula(e.original),
    e.corrected === '' ? null : guardFormula(e.corrected),
    excelWhen(e.when),
    e.comments.length === 0 ? null : guardFormula(e.comments.join(' | ')),
  ])
  sheet.columns = header.map((label, i) => {
    const widest = rows.reduce((w, row) => Math.max(w, cellWidth(row[i] ?? null)), label.length)
    return { header: guardFormula(label), width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) }
  })
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } }
  rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(r + 2)
    row.forEach((value, c) => {
      if (value === null) return
      const target = sheetRow.getCell(c + 1)
      target.value = value
      if (value instanceof Date) target.numFmt = CHANGE_WHEN_FORMAT
      else if (typeof value === 'number') target.numFmt = '0'
    })
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
