/** The shared reports: the list, sharing one (planning accounts, the file's raw bytes), its original bytes, its publications. */
import type { FastifyPluginAsync } from 'fastify'
import type { Db } from '../db/database'
import { REPORT_UPLOAD_LIMIT } from '../http/bodyLimits'
import { publicationRoutes } from '../publications/publicationRoutes'
import { ApiError } from '../http/apiError'
import { refusals, requireAllowed } from './refusals'
import { listReports, reportBytes } from './reportStore'
import { shareReport } from './shareReport'

/** The x-file-name header, URI-encoded by the browser; a name that does not decode is kept as sent. */
function fileNameOf(header: string | string[] | undefined): string {
  const raw = (Array.isArray(header) ? header[0] : header) ?? ''
  let name = raw
  try {
    name = decodeURIComponent(raw)
  } catch {
    // a lone '%' is a valid character in a file name
  }
  return name.trim().slice(0, 255) || 'informe'
}

export const reportRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  await app.register(publicationRoutes, { db })
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: REPORT_UPLOAD_LIMIT }, (_request, body, done) => done(null, body))

  app.get('/api/reports', async (request) => {
    requireAllowed(request.account, 'reports.read')
    return { reports: await listReports(db) }
  })

  app.post('/api/reports', { bodyLimit: REPORT_UPLOAD_LIMIT }, async (request) => {
    const { account } = request
    requireAllowed(account, 'reports.share', refusals.cannotShare)
    if (!(request.body instanceof Uint8Array)) throw refusals.notOctetStream()
    const bytes = new Uint8Array(request.body.buffer, request.body.byteOffset, request.body.byteLength)
    const shared = await shareReport(db, bytes, fileNameOf(request.headers['x-file-name']), account.id)
    if ('error' in shared) {
      const { code, message } = shared.error
      throw new ApiError(400, { code, es: message.es, en: message.en })
    }
    return { report: shared.report }
  })

  app.get<{ Params: { id: string } }>('/api/reports/:id/original', async (request, reply) => {
    requireAllowed(request.account, 'reports.read')
    const bytes = await reportBytes(db, request.params.id)
    if (!bytes) throw refusals.reportNotFound()
    return reply.type('application/octet-stream').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  })
}
