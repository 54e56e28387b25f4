/**
 * Live updates of a report: a server-sent event stream per browser (`records` when the log grew
 * through any instance, `presence` when its people changed, `publication` when a round was published
 * or opened) and the presence heartbeat.
 */
import type { FastifyPluginAsync } from 'fastify'
import type { Db } from '../db/database'
import { PUBLICATION_CHANNEL } from '../publications/publicationStore'
import { onAppended } from '../records/appendedRecords'
import { RECORDS_CHANNEL } from '../records/recordLog'
import { refusals, requireAllowed } from '../reports/refusals'
import { parsedReport } from '../reports/reportStore'
import { EventStream } from './eventStream'
import { heartbeatOf, PRESENCE_CHANNEL, PresenceBook, type Heartbeat } from './presence'
import { RecordsFanOut } from './recordsFanOut'

/** A comment this often keeps proxies and browsers from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000
const PRESENCE_SWEEP_MS = 5_000

type ReportParams = { Params: { id: string } }

export const liveRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const fanOut = new RecordsFanOut(db)
  const presence = new PresenceBook()
  const stopAppended = onAppended(app.server, (report, records) => fanOut.appended(report, records))
  const sendPresence = (report: string) => {
    const text = JSON.stringify({ people: presence.people(report) })
    for (const stream of fanOut.streams(report)) stream.send('presence', text)
  }
  const unlisten = [
    async () => stopAppended(),
    await db.listen(RECORDS_CHANNEL, (payload) => fanOut.announced(payload)),
    await db.listen(PUBLICATION_CHANNEL, (payload) => {
      const { report, round, frozen } = JSON.parse(payload) as { report: string; round: number; frozen: boolean }
      const text = JSON.stringify({ round, frozen })
      for (const stream of fanOut.streams(report)) stream.send('publication', text)
    }),
    await db.listen(PRESENCE_CHANNEL, (payload) => {
      const beat = JSON.parse(payload) as Heartbeat
      if (presence.heard(beat, Date.now())) sendPresence(beat.report)
    }),
  ]
  const keepAlive = setInterval(() => fanOut.streams().forEach((stream) => stream.comment('keep-alive')), KEEP_ALIVE_MS)
  const sweep = setInterval(() => presence.expire(Date.now()).forEach(sendPresence), PRESENCE_SWEEP_MS)
  keepAlive.unref()
  sweep.unref()

  // Before the HTTP server closes: open streams would otherwise keep it waiting forever.
  app.addHook('preClose', async () => {
    clearInterval(keepAlive)
    clearInterval(sweep)
    fanOut.streams().forEach((stream) => stream.end())
    await Promise.all(unlisten.map((stop) => stop()))
  })

  app.get<ReportParams>('/api/reports/:id/events', async (request, reply) => {
    requireAllowed(request.account, 'reports.read')
    const report = request.params.id
    if (!(await parsedReport(db, report))) throw refusals.reportNotFound()
    reply.hijack()
    const stream = new EventStream(report, reply.raw)
    request.raw.on('close', () => fanOut.close(stream))
    await fanOut.open(stream)
    stream.send('presence', JSON.stringify({ people: presence.people(report) }))
    return reply
  })

  app.post<ReportParams & { Body: unknown }>('/api/reports/:id/presence', async (request, reply) => {
    const { account } = request
    requireAllowed(account, 'reports.read')
    const report = await parsedReport(db, request.params.id)
    if (!report) throw refusals.reportNotFound()
    const meta = (request.body as { meta?: unknown } | null)?.meta
    const known = meta === null || (typeof meta === 'number' && Number.isInteger(meta) && meta >= 0 && meta < report.metas.length)
    if (!known) throw refusals.badPresence()
    const beat = heartbeatOf(request.params.id, account, meta as number | null)
    await db.query('select pg_notify($1, $2)', [PRESENCE_CHANNEL, JSON.stringify(beat)])
    return reply.code(204).send()
  })
}
