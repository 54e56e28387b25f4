/**
 * Shares a report: parses the file with the domain parser and stores its original bytes. The same
 * bytes always give the same report (id = SHA-256 of the bytes), so sharing twice changes nothing.
 */
import { parseReportFile } from '../../report/parseReport'
import type { ParseError } from '../../report/types'
import type { Db } from '../db/database'
import { findReport, listReports, rememberParsed, reportId, type SharedReport } from './reportStore'

export type ShareResult = { readonly report: SharedReport } | { readonly error: ParseError }

export async function shareReport(db: Db, bytes: Uint8Array, fileName: string, accountId: string | null): Promise<ShareResult> {
  const id = reportId(bytes)
  const known = await findReport(db, id)
  if (known) return { report: known }
  const parsed = await parseReportFile(bytes, fileName)
  if (!parsed.ok) return { error: parsed.error }
  const { report } = parsed
  await db.query(
    `insert into reports (id, file_name, entity, year, meta_count, bytes, shared_by)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
    [id, fileName, report.entity, report.year, report.metas.length, bytes, accountId],
  )
  rememberParsed(db, id, report)
  const shared = await findReport(db, id)
  if (!shared) throw new Error(`report ${id} vanished right after it was shared`)
  return { report: shared }
}

/** At start: the embedded report is shared when the server has no report yet, so a new team has one to open. */
export async function shareFirstReport(db: Db, bytes: Uint8Array, fileName: string): Promise<void> {
  if ((await listReports(db)).length > 0) return
  const shared = await shareReport(db, bytes, fileName, null)
  if ('error' in shared) throw new Error(`${fileName}: ${shared.error.message.en}`)
}
