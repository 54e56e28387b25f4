/** Published versions in the database: listed with their files' names and sizes, and each file's bytes as frozen. */
import type { PublicationPart, Publications, PublishedVersion, RoundState } from '../../report/team/publication'
import type { Queryable } from '../db/database'

/** Channel every instance LISTENs on when a report is published or a round opened; payload {"report", "round", "frozen"}. */
export const PUBLICATION_CHANNEL = 'poa_publication'

interface VersionRow {
  round: number
  log_version: number
  published_at: Date
  published_by_name: string
  open_errors: number
  reason: string | null
  files: { kind: PublicationPart; name: string; mime: string; size: number }[]
}

const toVersion = (row: VersionRow): PublishedVersion => ({
  round: row.round,
  logVersion: row.log_version,
  publishedAt: row.published_at.getTime(),
  publishedBy: row.published_by_name,
  openErrors: row.open_errors,
  reason: row.reason,
  files: row.files,
})

export async function roundState(db: Queryable, report: string): Promise<RoundState | null> {
  const [row] = await db.query<RoundState>('select round, frozen from reports where id = $1', [report])
  return row ? { round: row.round, frozen: row.frozen } : null
}

/** The round under way and every published version, the latest first; null when no report has that id. */
export async function listPublications(db: Queryable, report: string): Promise<Publications | null> {
  const state = await roundState(db, report)
  if (!state) return null
  const rows = await db.query<VersionRow>(
    `select p.round, p.log_version, p.published_at, p.published_by_name, p.open_errors, p.reason,
       coalesce((select json_agg(json_build_object('kind', f.kind, 'name', f.name, 'mime', f.mime, 'size', length(f.bytes))
         order by array_position(array['report', 'changeLogCsv', 'changeLogXlsx', 'summary'], f.kind))
         from publication_files f where f.report = p.report and f.round = p.round), '[]') as files
     from publications p where p.report = $1 order by p.round desc`,
    [report],
  )
  return { ...state, versions: rows.map(toVersion) }
}

export interface FrozenFile {
  readonly name: string
  readonly mime: string
  readonly bytes: Uint8Array
}

export async function publicationFile(db: Queryable, report: string, round: number, kind: string): Promise<FrozenFile | null> {
  const [row] = await db.query<FrozenFile>('select name, mime, bytes from publication_files where report = $1 and round = $2 and kind = $3', [report, round, kind])
  return row ?? null
}

export async function announceRound(db: Queryable, report: string, state: RoundState): Promise<void> {
  await db.query('select pg_notify($1, $2)', [PUBLICATION_CHANNEL, JSON.stringify({ report, ...state })])
}
