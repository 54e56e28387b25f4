/**
 * Publishing a round and opening the next, each in one transaction under the report's row lock (the
 * lock pushes take too): the publication freezes the log at its version, and no push slips in between.
 * The files are the ones the app's own «Publicar» writes (report/publication), from the stored log.
 */
import { publicationFiles } from '../../report/publication/publicationFiles'
import { publicationTexts } from '../../report/publication/publicationTexts'
import { recordsPublication } from '../../report/publication/recordsPublication'
import type { RoundState } from '../../report/team/publication'
import type { TeamRecord } from '../../report/team/teamRecord'
import type { Bilingual, Report } from '../../report/types'
import { recordAudit } from '../auth/audit'
import type { Db, Queryable } from '../db/database'
import { recordsAfter } from '../records/recordLog'
import { publicationRefusals } from './publicationRefusals'

export interface Publisher {
  readonly id: string
  readonly name: string
  /** The client's address, for the audit. */
  readonly address: string
}

export interface PublishRequest {
  readonly reason: string | null
  readonly lang: keyof Bilingual
}

interface LockedReport {
  version: number
  round: number
  frozen: boolean
}

const lockReport = async (tx: Queryable, report: string) =>
  (await tx.query<LockedReport>('select version, round, frozen from reports where id = $1 for update', [report]))[0] ?? null

async function wholeLog(tx: Queryable, report: string, upTo: number): Promise<TeamRecord[]> {
  const records: TeamRecord[] = []
  while (records.length < upTo) {
    const page = await recordsAfter(tx, report, records.at(-1)?.version ?? 0)
    if (page.length === 0) break
    records.push(...page)
  }
  return records
}

/** Freezes the round under way; null when no report has that id. */
export async function publishRound(db: Db, report: string, original: Report, by: Publisher, request: PublishRequest): Promise<RoundState | null> {
  return db.transaction(async (tx) => {
    const locked = await lockReport(tx, report)
    if (!locked) return null
    if (locked.frozen) throw publicationRefusals.alreadyPublished(locked.round)
    const now = new Date()
    const input = recordsPublication(original, await wholeLog(tx, report, locked.version), request.lang, publicationTexts[request.lang], now)
    const errors = input.findings.counts.error
    const reason = errors > 0 ? request.reason : null
    if (errors > 0 && !reason) throw publicationRefusals.reasonRequired(errors)
    const files = await publicationFiles(input)
    await tx.query(
      `insert into publications (report, round, log_version, published_by, published_by_name, published_at, open_errors, reason)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [report, locked.round, locked.version, by.id, by.name, now, errors, reason],
    )
    for (const file of files) {
      await tx.query('insert into publication_files (report, round, kind, name, mime, bytes) values ($1, $2, $3, $4, $5, $6)', [
        report,
        locked.round,
        file.kind,
        file.name,
        file.mime,
        file.bytes,
      ])
    }
    await tx.query('update reports set frozen = true where id = $1', [report])
    await recordAudit(tx, {
      action: 'report.publish',
      success: true,
      actorId: by.id,
      email: null,
      address: by.address,
      detail: { report, round: locked.round, logVersion: locked.version, openErrors: errors, ...(reason ? { reason } : {}) },
    })
    return { round: locked.round, frozen: true }
  })
}

/** Opens the round after a published one: the report takes changes again. Null when no report has that id. */
export async function openRound(db: Db, report: string, by: Publisher): Promise<RoundState | null> {
  return db.transaction(async (tx) => {
    const locked = await lockReport(tx, report)
    if (!locked) return null
    if (!locked.frozen) throw publicationRefusals.notPublished(locked.round)
    const round = locked.round + 1
    await tx.query('update reports set round = $2, frozen = false where id = $1', [report, round])
    await recordAudit(tx, { action: 'report.round', success: true, actorId: by.id, email: null, address: by.address, detail: { report, round } })
    return { round, frozen: false }
  })
}
