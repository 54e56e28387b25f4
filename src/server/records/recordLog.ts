/**
 * Each report's log of records in the database. A push locks the report's row, so pushes to one
 * report take their turn and each raises the report's counter by the records it adds: the versions
 * stay gapless and in commit order, which is also the order NOTIFY delivers them in.
 */
import type { PushedRecord, TeamRecord } from '../../report/team/teamRecord'
import { sqlState, type Queryable } from '../db/database'
import { publishedRefusal } from '../publications/publicationRefusals'

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
  /** The records this push added (none for a retry), as the log now holds them. */
  readonly stored: readonly TeamRecord[]
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

// One statement, so a batch of pushes costs one round trip: lock the report's row, skip the uids already
// stored, number the rest after the counter, raise the counter and NOTIFY, in the statement's transaction.
// A published (frozen) report stores nothing: the row's lock orders this against the publication.
// The pushes were checked against the turn at turn_version $4 (turnGuard.ts): if an assign or review
// record has been stored since, nothing is stored and they are checked again. Storing such records raises it.
const APPEND = `
with locked as materialized (select version, round, frozen, turn_version from reports where id = $1 for update),
incoming as (
  select * from jsonb_to_recordset($2::jsonb)
    as x(ord bigint, uid uuid, kind text, meta integer, data jsonb, at bigint, author_id uuid, author_name text)),
known as (select r.uid, r.version from records r where r.report = $1 and r.uid in (select uid from incoming)),
fresh as (select i.*, row_number() over (order by i.ord) as n from incoming i
  where i.uid not in (select uid from known) and not (select frozen from locked) and (select turn_version from locked) = $4),
inserted as (
  insert into records (report, version, uid, kind, meta, data, author_id, author_name, at)
  select $1, l.version + f.n, f.uid, f.kind, f.meta, f.data, f.author_id, f.author_name, f.at from locked l, fresh f
  returning uid, version, (extract(epoch from server_at) * 1000)::bigint as server_at),
raised as (
  update reports set version = l.version + (select count(*) from fresh),
    turn_version = coalesce((select max(l.version + f.n) from fresh f where f.kind in ('assign', 'review')), l.turn_version)
  from locked l
  where reports.id = $1 and exists (select 1 from fresh) returning reports.version),
notified as (select pg_notify($3, json_build_object('report', $1::text, 'version', version)::text) from raised)
select l.version as base, l.round, l.frozen, l.turn_version as turn, (select count(*) from notified) as notified,
  a.uid::text as uid, a.version, a.server_at
from locked l left join (select uid, version, null::bigint as server_at from known union all select * from inserted) a on true`

interface AppendRow {
  /** The counter before this statement. */
  base: number
  /** The report's round, and whether it is published (then nothing was stored). */
  round: number
  frozen: boolean
  /** The report's turn_version before this statement. */
  turn: number
  /** Only a published report's answer has a row without one (and it is refused). */
  uid: string
  version: number
  /** Null for a record an earlier push stored. */
  server_at: number | null
}

/** A push racing its own retry hits the uid's unique key: the statement stored nothing, so it runs again. */
const UNIQUE_VIOLATION = '23505'
const APPEND_ATTEMPTS = 5

export interface Push {
  readonly records: readonly PushedRecord[]
  readonly author: Author
}

/** Each push's outcome and the report's turn_version after them, or 'turnMoved' (nothing stored). */
export type Stored = { readonly outcomes: readonly PushOutcome[]; readonly turnVersion: number } | 'turnMoved'

const TURN_KINDS: ReadonlySet<string> = new Set(['assign', 'review'])

/**
 * Stores the pushes' records not stored yet, in the order given (push by push), in one statement, if
 * the report's turn is still at `turnVersion` (the one they were checked against); null when the
 * report does not exist.
 */
export async function storePushes(db: Queryable, report: string, pushes: readonly Push[], turnVersion: number): Promise<Stored | null> {
  // A uid in two pushes of the batch (a retry that caught up with its original) is stored once, for the first.
  const owner = new Map<string, number>()
  const rows: object[] = []
  pushes.forEach(({ records, author }, index) => {
    for (const r of records) {
      if (owner.has(r.uid)) continue
      owner.set(r.uid, index)
      rows.push({ ord: rows.length, uid: r.uid, kind: r.kind, meta: r.meta, data: r.data, at: r.at, author_id: author.id, author_name: author.name })
    }
  })
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await db.query<AppendRow>(APPEND, [report, JSON.stringify(rows), RECORDS_CHANNEL, turnVersion])
      if (answer.length === 0) return null
      if (answer[0]!.frozen) throw publishedRefusal(answer[0]!.round)
      if (answer[0]!.turn !== turnVersion) return 'turnMoved'
      const byUid = new Map(answer.map((row) => [row.uid, row]))
      const version = Math.max(answer[0]!.base, ...answer.map((row) => row.version))
      const outcomes = pushes.map((push, index) => outcome(push, index, byUid, owner, version))
      const turns = outcomes.flatMap((o) => o.stored).filter((record) => TURN_KINDS.has(record.kind))
      return { outcomes, turnVersion: Math.max(turnVersion, ...turns.map((record) => record.version)) }
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION || attempt === APPEND_ATTEMPTS) throw error
    }
  }
}

function outcome(push: Push, index: number, rows: ReadonlyMap<string, AppendRow>, owner: ReadonlyMap<string, number>, version: number): PushOutcome {
  const stored: TeamRecord[] = []
  const accepted = push.records.map((record) => {
    const row = rows.get(record.uid)!
    if (row.server_at !== null && owner.get(record.uid) === index) {
      stored.push({ ...record, version: row.version, author: push.author, serverAt: row.server_at })
    }
    return { uid: record.uid, version: row.version }
  })
  return { version, accepted, stored }
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
