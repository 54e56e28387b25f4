/**
 * The publication's change log as files: CSV (';' + BOM, RFC 4180, as Excel in Ecuador opens it)
 * and XLSX (frozen header), through the domain's quoting, formula guard and sheet writer.
 */
import { columnDef } from '../report/columns'
import { csvQuote } from '../report/exportCsv'
import { guardFormula } from '../report/formulaGuard'
import type { ChangeLogEntry } from './changeLog'
import type { ExportMessages } from './exportMessages'
import type { Lang } from './viewDescription'

/** Local time as "2024-05-02 10:30", sortable and read the same way in every locale. */
export function localTimeText(iso: string | null): string {
  if (!iso) return ''
  const at = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** Header and rows of the log, as text. */
export function changeLogTable(entries: readonly ChangeLogEntry[], lang: Lang, t: ExportMessages): string[][] {
  const header = [t.changeMeta, t.changeColumn, t.changeOriginal, t.changeCorrected, t.changeWhen, t.changeComments]
  const rows = entries.map((e) => [e.metaNo, columnDef(e.column).label[lang], e.original, e.corrected, localTimeText(e.when), e.comments.join(' | ')])
  return [header, ...rows]
}

export function changeLogCsv(entries: readonly ChangeLogEntry[], lang: Lang, t: ExportMessages): Uint8Array {
  const lines = changeLogTable(entries, lang, t).map((row) => row.map((cell) => csvQuote(guardFormula(cell), ';')).join(';'))
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`)
}

const WIDTHS = [12, 28, 50, 50, 18, 50]

export async function changeLogXlsx(entries: readonly ChangeLogEntry[], lang: Lang, t: ExportMessages): Promise<Uint8Array> {
  // exceljs is large: fetched only when the log is written.
  const { writeWorkbook } = await import('../report/xlsxWorkbook')
  const rows = changeLogTable(entries, lang, t).map((row, i) => ({
    number: i + 1,
    cells: row.map((cell) => ({ value: cell === '' ? null : guardFormula(cell) })),
  }))
  return writeWorkbook({ name: t.changeLogSheet, rows, widths: WIDTHS, frozenRows: 1 })
}
