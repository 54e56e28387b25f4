import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { checkReport } from '../../../src/report/findings'
import { parseReport } from '../../../src/report/parseReport'
import type { Publications } from '../../../src/report/team/publication'
import type { SharedReport } from '../../../src/report/team/sharedReport'
import { forEachDatabase } from '../databases'
import { seed, seedEdit, shareSeed } from '../seedRecords'
import { signedIn, startTeamServer, type SignedIn, type TeamServer } from '../teamServer'
import { seedBytes } from '../../fixtures/seedReport'

/** The seed's open errors, counted by the domain's own checks: publishing it needs a reason. */
const SEED_ERRORS = checkReport(seed).filter((f) => f.severity === 'error').length
const comment = (meta: number) => ({ uid: randomUUID(), kind: 'comment', meta, at: Date.now(), data: { text: 'Revisar la fuente' } })
const REASON = 'El consejo sesiona mañana; los errores de numeración se corrigen en la próxima ronda.'

forEachDatabase('publication rounds', (database) => {
  let server: TeamServer
  let report: string
  let ana: SignedIn
  beforeEach(async () => {
    server = await startTeamServer(database.db)
    report = await shareSeed(database.db)
    ana = await signedIn(database.db, server, 'planificacion', 'Ana Pérez')
  })
  afterEach(() => server.close())

  const url = (path: string) => `${server.url}/api/reports/${report}${path}`
  const post = (who: SignedIn, path: string, body: unknown = {}) =>
    fetch(url(path), { method: 'POST', headers: { ...who.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const push = (who: SignedIn, records: readonly unknown[]) => post(who, '/records', { records })
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; es: string; en: string } }).error
  const download = (who: SignedIn, round: number, part: string) => fetch(url(`/publications/${round}/${part}`), { headers: who.headers })
  const sharedReport = async (who: SignedIn) =>
    ((await (await fetch(`${server.url}/api/reports`, { headers: who.headers })).json()) as { reports: SharedReport[] }).reports.find((r) => r.id === report)!

  it('an unedited round publishes the original byte for byte, listed with who, when and the reason the open errors needed', async () => {
    expect(SEED_ERRORS).toBeGreaterThan(0)
    const refused = await post(ana, '/publications')
    expect(refused.status).toBe(400)
    expect((await errorOf(refused)).es).toBe(`Quedan ${SEED_ERRORS} errores abiertos: escriba el motivo para publicar de todos modos.`)
    expect(await sharedReport(ana)).toMatchObject({ round: 1, frozen: false })

    const before = Date.now()
    const answer = await post(ana, '/publications', { reason: REASON })
    expect(answer.status).toBe(200)
    const listed = (await answer.json()) as Publications
    expect(listed).toMatchObject({ round: 1, frozen: true })
    expect(listed.versions).toEqual([expect.objectContaining({ round: 1, logVersion: 0, publishedBy: 'Ana Pérez', openErrors: SEED_ERRORS, reason: REASON })])
    expect(listed.versions[0]!.publishedAt).toBeGreaterThanOrEqual(before - 1000)
    expect(listed.versions[0]!.files.map((f) => f.kind)).toEqual(['report', 'changeLogCsv', 'changeLogXlsx', 'summary'])

    const reader = await signedIn(database.db, server, 'consulta', 'Luis Mora')
    const source = await download(reader, 1, 'report')
    expect(source.status).toBe(200)
    expect(source.headers.get('content-type')).toBe('text/plain;charset=utf-8')
    const name = listed.versions[0]!.files[0]!.name
    expect(name).toMatch(/_corregido_\d{4}-\d{2}-\d{2}\.txt$/)
    expect(source.headers.get('content-disposition')).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`)
    expect(Buffer.from(await source.arrayBuffer()).equals(Buffer.from(seedBytes()))).toBe(true)
    const xlsx = await download(reader, 1, 'changeLogXlsx')
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const summary = await (await download(reader, 1, 'summary')).text()
    expect(summary).toContain('Sin cambios')
    expect(await sharedReport(reader)).toMatchObject({ round: 1, frozen: true })

    const [audit] = await database.db.query<{ detail: Record<string, unknown> }>("select detail from audit where action = 'report.publish'")
    expect(audit!.detail).toMatchObject({ report, round: 1, openErrors: SEED_ERRORS, reason: REASON })
    expect((await download(reader, 2, 'report')).status).toBe(404)
  })

  it('the published report carries the edits, with their author in the change log, and nothing else changes', async () => {
    const rosa = await signedIn(database.db, server, 'planificacion', 'Rosa Vega')
    const a = seed.metas[5]!
    const b = seed.metas[200]!
    expect((await push(rosa, [seedEdit(a.id, '12,5'), seedEdit(b.id, 'Resultado corregido', 'result')])).status).toBe(200)
    expect((await post(ana, '/publications', { reason: REASON })).status).toBe(200)

    const bytes = new Uint8Array(await (await download(ana, 1, 'report')).arrayBuffer())
    const before = new TextDecoder().decode(seedBytes()).split('\n')
    const after = new TextDecoder().decode(bytes).split('\n')
    expect(before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]))).toEqual([a.line, b.line])
    const reparsed = parseReport(bytes, 'publicado.txt')
    if (!reparsed.ok) throw new Error(reparsed.error.message.en)
    expect(reparsed.report.metas[a.id]!.cells.achieved).toBe('12,5')
    expect(reparsed.report.metas[b.id]!.cells.result).toBe('Resultado corregido')

    const log = (await (await download(ana, 1, 'changeLogCsv')).text()).split('\r\n').filter(Boolean)
    expect(log).toHaveLength(3)
    expect(log[1]).toContain(`${a.cells.no};`)
    expect(log[1]).toContain('Rosa Vega')
    expect(log[2]).toContain('Resultado corregido')
    const listed = (await (await fetch(url('/publications'), { headers: ana.headers })).json()) as Publications
    expect(listed.versions[0]!.logVersion).toBe(2)
  })

  it('while a round is published every push is refused, until planning opens a new round', async () => {
    const rosa = await signedIn(database.db, server, 'secretaria', 'Rosa Vega')
    expect((await post(ana, '/rounds')).status).toBe(409)
    expect((await post(ana, '/publications', { reason: REASON })).status).toBe(200)

    // A secretaría comments on any meta (comments are no unit's): refused too.
    for (const [who, record] of [
      [rosa, comment(3)],
      [ana, seedEdit(3, '7')],
    ] as const) {
      const refused = await push(who, [record])
      expect(refused.status).toBe(409)
      const error = await errorOf(refused)
      expect(error.code).toBe('report_published')
      expect(error.es).toMatch(/^El informe está publicado \(versión 1\)/)
      expect(error.en).toMatch(/^The report is published \(version 1\)/)
    }
    const pulled = (await (await fetch(url('/records?after=0'), { headers: rosa.headers })).json()) as { version: number }
    expect(pulled.version).toBe(0)
    const again = await post(ana, '/publications', { reason: REASON })
    expect(again.status).toBe(409)
    expect((await errorOf(again)).es).toBe('La versión 1 ya está publicada. Abra una nueva ronda para publicar otra.')

    const opened = await post(ana, '/rounds')
    expect(await opened.json()).toEqual({ round: 2, frozen: false })
    expect(await sharedReport(rosa)).toMatchObject({ round: 2, frozen: false })
    expect((await push(rosa, [comment(3)])).status).toBe(200)
    // The first version stays as it was frozen.
    expect(Buffer.from(await (await download(rosa, 1, 'report')).arrayBuffer()).equals(Buffer.from(seedBytes()))).toBe(true)
  })

  it('secretaría and consulta accounts may neither publish nor open a round', async () => {
    const rosa = await signedIn(database.db, server, 'secretaria', 'Rosa Vega')
    const luis = await signedIn(database.db, server, 'consulta', 'Luis Mora')
    for (const who of [rosa, luis]) {
      const refused = await post(who, '/publications', { reason: REASON })
      expect(refused.status).toBe(403)
      expect((await errorOf(refused)).es).toBe('Solo una cuenta de planificación puede publicar una versión o abrir una nueva ronda.')
    }
    expect((await post(ana, '/publications', { reason: REASON })).status).toBe(200)
    for (const who of [rosa, luis]) expect((await post(who, '/rounds')).status).toBe(403)
    expect(await sharedReport(luis)).toMatchObject({ round: 1, frozen: true })
    const anonymous = await fetch(url('/publications'))
    expect(anonymous.status).toBe(401)
  })

  it('a publication racing pushes freezes exactly the records stored before it', async () => {
    const rosa = await signedIn(database.db, server, 'planificacion', 'Rosa Vega')
    const pushes = Array.from({ length: 10 }, (_, i) => push(rosa, [seedEdit(i, String(100 + i))]))
    const published = post(ana, '/publications', { reason: REASON })
    const statuses = await Promise.all(pushes.map(async (p) => (await p).status))
    expect((await published).status).toBe(200)
    const stored = statuses.filter((s) => s === 200).length
    expect(stored + statuses.filter((s) => s === 409).length).toBe(10)
    const listed = (await (await fetch(url('/publications'), { headers: ana.headers })).json()) as Publications
    expect(listed.versions[0]!.logVersion).toBe(stored)
    const log = (await (await download(ana, 1, 'changeLogCsv')).text()).split('\r\n').filter(Boolean)
    expect(log).toHaveLength(stored + 1)
  })
})
