/**
 * Push records to a report's log and pull them from a cursor; the domain validator checks every batch,
 * and the report's turn (turnGuard.ts) whether the account may push it.
 */
import type { FastifyPluginAsync } from 'fastify'
import { approvesMeta } from '../../report/team/teamRecord'
import { validatePushedRecords } from '../../report/team/validateRecords'
import type { Db } from '../db/database'
import { ApiError } from '../http/apiError'
import { refusals, requireAllowed } from '../reports/refusals'
import { parsedReport } from '../reports/reportStore'
import { announceAppended } from './appendedRecords'
import { appendRecords } from './appendQueue'
import { recordsAfter, reportVersion } from './recordLog'

/** 1,000 records with long texts fit; the validator bounds each text and the count. */
const MAX_PUSH_BYTES = 16 * 1024 * 1024

type ReportParams = { Params: { id: string } }

export const recordRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.post<ReportParams>('/api/reports/:id/records', { bodyLimit: MAX_PUSH_BYTES }, async (request) => {
    const { account } = request
    requireAllowed(account, 'records.push', refusals.cannotPush)
    const report = await parsedReport(db, request.params.id)
    if (!report) throw refusals.reportNotFound()
    const batch = validatePushedRecords(report, request.body)
    if ('error' in batch) throw new ApiError(400, batch.error)
    if (batch.records.some(approvesMeta)) requireAllowed(account, 'review.approve', refusals.cannotApprove)
    const outcome = await appendRecords(db, request.params.id, batch.records, account, (meta) => report.metas[meta]?.cells.no ?? String(meta + 1))
    if (!outcome) throw refusals.reportNotFound()
    announceAppended(app.server, request.params.id, outcome.stored)
    return { version: outcome.version, accepted: outcome.accepted }
  })

  app.get<ReportParams & { Querystring: { after?: string } }>('/api/reports/:id/records', async (request) => {
    requireAllowed(request.account, 'reports.read')
    const after = Number(request.query.after ?? '0')
    if (!Number.isSafeInteger(after) || after < 0) throw refusals.badCursor()
    const version = await reportVersion(db, request.params.id)
    if (version === null) throw refusals.reportNotFound()
    const records = await recordsAfter(db, request.params.id, after)
    // A push may have committed between the two reads: the answer never says less than it sends.
    return { records, version: Math.max(version, records.at(-1)?.version ?? 0) }
  })
}
