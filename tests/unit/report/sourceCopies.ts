/** Copies of a report converted the ways users bring it: CSV with either delimiter, a BOM, Windows-1252 with CRLF. */
import { encodeWindows1252 } from '../../../src/report/windows1252'

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
