/**
 * Each report's log of records in the database. A push locks the report's row, so pushes to one
 * report take their turn and each raises the report's counter by the records it adds: the versions
 * stay gapless and in commit order, which is also the order NOTIFY delivers them in.
 */
import type { PushedRecord, TeamRecord } from '../../report/team/teamRecord'
import type { Db, Queryable } from '../db/database'

/** Channel every server instance LISTENs on; payload {"report": id, "version": N}. */
export const RECORDS_CHANNEL = 'poa_records'

/** A pull answers at most this many records; the client asks again from the last one. */
export const PULL_PAGE = 5000

export interface Author {
  readonly id: string
  readonly name: string
}

export interface PushOutcome {
  readonly version: number
  readonly accepted: readonly { readonly uid: string; readonly version: number }[]
}

interface RecordRow {
  version: number
  uid: string
  kind: TeamRecord['kind']
  meta: number
  at: number
  data: Record<string, string>
  author_id: string
  author_name: string
  server_at: number
}

const toTeamRecord = (row: RecordRow): TeamRecord => ({
  uid: row.uid,
  kind: row.kind,
  meta: row.meta,
  at: row.at,
  data: row.data,
  version: row.version,
  author: { id: row.author_id, name: row.author_name },
  serverAt: row.server_at,
})

/** Stores the records not stored yet, in the order given; null when the report does not exist. */
export async function appendRecords(db: Db, report: string, records: readonly PushedRecord[], author: Author): Promise<PushOutcome | null> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.query<{ version: number }>('select version from reports where id = $1 for update', [report])
    if (!locked) return null
    const uids = JSON.stringify(records.map((r) => r.uid))
    const known = await tx.query<{ uid: string; version: number }>(
      `select uid::text as uid, version from records
       where report = $1 and uid in (select value::uuid from jsonb_array_elements_text($2::jsonb))`,
      [report, uids],
    )
    const versions = new Map(known.map((row) => [row.uid, row.version]))
    const fresh = records.filter((r) => !versions.has(r.uid))
    fresh.forEach((r, i) => versions.set(r.uid, locked.version + i + 1))
    const version = locked.version + fresh.length
    if (fresh.length > 0) {
      await insertRecords(tx, report, locked.version, fresh, author)
      await tx.query('update reports set version = $2 where id = $1', [report, version])
      await tx.query('select pg_notify($1, $2)', [RECORDS_CHANNEL, JSON.stringify({ report, version })])
    }
    return { version, accepted: records.map((r) => ({ uid: r.uid, version: versions.get(r.uid)! })) }
  })
}

/** One statement for the whole batch: the rows travel as one JSON parameter. */
async function insertRecords(tx: Queryable, report: string, base: number, records: readonly PushedRecord[], author: Author): Promise<void> {
  const rows = JSON.stringify(records.map((r, i) => ({ version: base + i + 1, uid: r.uid, kind: r.kind, meta: r.meta, at: r.at, data: r.data })))
  await tx.query(
    `insert into records (report, version, uid, kind, meta, data, author_id, author_name, at)
     select $1, x.version, x.uid, x.kind, x.meta, x.data, $3, $4, x.at
     from jsonb_to_recordset($2::jsonb) as x(version bigint, uid uuid, kind text, meta integer, data jsonb, at bigint)`,
    [report, rows, author.id, author.name],
  )
}

/** The records after a version, in version order, at most `limit`. */
export async function recordsAfter(db: Queryable, report: string, after: number, limit = PULL_PAGE): Promise<TeamRecord[]> {
  const rows = await db.query<RecordRow>(
    `select version, uid::text as uid, kind, meta, at, data, author_id::text as author_id, author_name,
       (extract(epoch from server_at) * 1000)::bigint as server_at
     from records where report = $1 and version > $2 order by version limit $3`,
    [report, after, limit],
  )
  return rows.map(toTeamRecord)
}

export async function reportVersion(db: Queryable, report: string): Promise<number | null> {
  const [row] = await db.query<{ version: number }>('select version from reports where id = $1', [report])
  return row ? row.version : null
}
