/**
 * Publication rounds of a shared report: publish the round under way (planning; a reason when error
 * findings remain), open the next round (planning), list the published versions and download each
 * part exactly as frozen. Every change of round is announced to every instance's live streams.
 */
import type { FastifyPluginAsync } from 'fastify'
import { PUBLICATION_PARTS, type PublicationPart } from '../../report/team/publication'
import type { Db } from '../db/database'
import { refusals, requireAllowed } from '../reports/refusals'
import { parsedReport } from '../reports/reportStore'
import { publicationRefusals } from './publicationRefusals'
import { announceRound, listPublications, publicationFile } from './publicationStore'
import { openRound, publishRound, type PublishRequest } from './publishRound'

const MAX_REASON = 2000

type ReportParams = { Params: { id: string } }
type FileParams = { Params: { id: string; round: string; part: string } }

function publishRequest(body: unknown): PublishRequest {
  const { reason = null, lang = 'es' } = (body ?? {}) as { reason?: unknown; lang?: unknown }
  if ((reason !== null && typeof reason !== 'string') || (lang !== 'es' && lang !== 'en')) throw publicationRefusals.badBody()
  const text = reason?.trim() ?? ''
  if (text.length > MAX_REASON) throw publicationRefusals.badBody()
  return { reason: text || null, lang }
}

/** A file name in Content-Disposition: ASCII as it is (the app's names are), else RFC 5987's UTF-8 form too. */
function attachment(name: string): string {
  const plain = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

export const publicationRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<ReportParams>('/api/reports/:id/publications', async (request) => {
    requireAllowed(request.account, 'reports.read')
    const publications = await listPublications(db, request.params.id)
    if (!publications) throw refusals.reportNotFound()
    return publications
  })

  app.post<ReportParams>('/api/reports/:id/publications', async (request) => {
    const { account } = request
    requireAllowed(account, 'report.publish', publicationRefusals.cannotPublish)
    const wanted = publishRequest(request.body)
    const report = await parsedReport(db, request.params.id)
    if (!report) throw refusals.reportNotFound()
    const state = await publishRound(db, request.params.id, report, { id: account.id, name: account.name, address: request.ip }, wanted)
    if (!state) throw refusals.reportNotFound()
    await announceRound(db, request.params.id, state)
    return listPublications(db, request.params.id)
  })

  app.post<ReportParams>('/api/reports/:id/rounds', async (request) => {
    const { account } = request
    requireAllowed(account, 'report.publish', publicationRefusals.cannotPublish)
    const state = await openRound(db, request.params.id, { id: account.id, name: account.name, address: request.ip })
    if (!state) throw refusals.reportNotFound()
    await announceRound(db, request.params.id, state)
    return state
  })

  app.get<FileParams>('/api/reports/:id/publications/:round/:part', async (request, reply) => {
    requireAllowed(request.account, 'reports.read')
    const round = Number(request.params.round)
    const part = request.params.part as PublicationPart
    if (!Number.isSafeInteger(round) || !PUBLICATION_PARTS.includes(part)) throw publicationRefusals.versionNotFound()
    const file = await publicationFile(db, request.params.id, round, part)
    if (!file) throw publicationRefusals.versionNotFound()
    return reply
      .type(file.mime)
      .header('content-disposition', attachment(file.name))
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength))
  })
}
