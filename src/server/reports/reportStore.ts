/**
 * Shared reports in the database, and each one parsed once per server instance: a report's bytes
 * never change (its id is their hash), so the parse is cached for as long as the server runs.
 */
import { createHash } from 'node:crypto'
import { parseReportFile } from '../../report/parseReport'
import type { SharedReport } from '../../report/team/sharedReport'
import type { Report } from '../../report/types'
import type { Db, Queryable } from '../db/database'

export type { SharedReport }

interface ReportRow {
  id: string
  file_name: string
  entity: string
  year: number | null
  meta_count: number
  version: number
  shared_at: Date
  shared_by_name: string | null
  round: number
  frozen: boolean
}

const LISTED = `select r.id, r.file_name, r.entity, r.year, r.meta_count, r.version, r.shared_at, r.round, r.frozen,
  a.name as shared_by_name
  from reports r left join accounts a on a.id = r.shared_by`

const toShared = (row: ReportRow): SharedReport => ({
  id: row.id,
  fileName: row.file_name,
  entity: row.entity,
  year: row.year,
  metaCount: row.meta_count,
  version: row.version,
  sharedAt: row.shared_at.getTime(),
  sharedBy: row.shared_by_name,
  round: row.round,
  frozen: row.frozen,
})

export const reportId = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

export async function listReports(db: Queryable): Promise<SharedReport[]> {
  return (await db.query<ReportRow>(`${LISTED} order by r.shared_at desc, r.id`)).map(toShared)
}

export async function findReport(db: Queryable, id: string): Promise<SharedReport | null> {
  const [row] = await db.query<ReportRow>(`${LISTED} where r.id = $1`, [id])
  return row ? toShared(row) : null
}

export async function reportBytes(db: Queryable, id: string): Promise<Uint8Array | null> {
  const [row] = await db.query<{ bytes: Uint8Array }>('select bytes from reports where id = $1', [id])
  return row ? row.bytes : null
}

const parsedByDb = new WeakMap<Db, Map<string, Promise<Report | null>>>()

function cacheOf(db: Db): Map<string, Promise<Report | null>> {
  let cache = parsedByDb.get(db)
  if (!cache) parsedByDb.set(db, (cache = new Map()))
  return cache
}

/** The shared report parsed, or null when no report has that id. */
export function parsedReport(db: Db, id: string): Promise<Report | null> {
  const cache = cacheOf(db)
  let parsed = cache.get(id)
  if (!parsed) {
    parsed = reportBytes(db, id).then(async (bytes) => {
      if (!bytes) return null
      const result = await parseReportFile(bytes)
      return result.ok ? result.report : null
    })
    // A report not (yet) shared must be looked up again next time.
    parsed.then(
      (report) => report ?? cache.delete(id),
      () => cache.delete(id),
    )
    cache.set(id, parsed)
  }
  return parsed
}

/** Remembers a report parsed at upload, so the first push does not parse it again. */
export function rememberParsed(db: Db, id: string, report: Report): void {
  cacheOf(db).set(id, Promise.resolve(report))
}
