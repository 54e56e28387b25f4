/** The real seed report (public/default-report.txt) and copies of it converted the ways users bring it. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseReport } from '../../../src/report/parseReport'
import type { Report } from '../../../src/report/types'
import { encodeWindows1252 } from '../../../src/report/windows1252'

export const SEED_PATH = path.resolve(process.cwd(), 'public/default-report.txt')

export function seedBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SEED_PATH))
}

export function seedText(): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(seedBytes())
}

/** The seed's lines split on tabs, as a spreadsheet would hold them. */
export function seedRows(): string[][] {
  return seedText()
    .split('\n')
    .map((line) => line.split('\t'))
}

/** RFC 4180 cell: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

export function toCsv(rows: readonly (readonly string[])[], delimiter: string, lineEnd = '\n'): string {
  return rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter)).join(lineEnd)
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export const withBom = (bytes: Uint8Array): Uint8Array => {
  const out = new Uint8Array(bytes.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(bytes, 3)
  return out
}

export const windows1252Crlf = (text: string): Uint8Array => encodeWindows1252(text.replace(/\n/g, '\r\n'))

/** Meta rows of the seed (not layout): rows with 11 cells that are not a page header. */
export function seedMetaRows(): string[][] {
  return seedRows().filter((r) => r.length === 11 && !r[0]!.startsWith('OBJETIVOS') && r[3] !== 'No. DE META')
}

/** The report in bytes that must parse; a parse error fails the test with its English message. */
export function parsed(bytes: Uint8Array): Report {
  const result = parseReport(bytes)
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}
