import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { PushedRecord, TeamRecord } from '../../../src/report/team/teamRecord'
import { forEachDatabase } from '../databases'
import { seed, seedEdit, shareSeed } from '../seedRecords'
import { signedIn, startTeamServer, type TeamServer } from '../teamServer'

const edit = seedEdit

const review = (meta: number, status: string): PushedRecord => ({ uid: randomUUID(), kind: 'review', meta, at: Date.now(), data: { status } })

forEachDatabase('the records log', (database) => {
  let server: TeamServer
  let report: string
  beforeEach(async () => {
    server = await startTeamServer(database.db)
    report = await shareSeed(database.db)
  })
  afterEach(() => server.close())

  const push = (headers: Record<string, string>, records: readonly unknown[], through = server) =>
    fetch(`${through.url}/api/reports/${report}/records`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ records }),
    })
  const pull = async (headers: Record<string, string>, after = 0) =>
    (await (await fetch(`${server.url}/api/reports/${report}/records?after=${after}`, { headers })).json()) as { records: TeamRecord[]; version: number }

  it('a push then a pull gives the records in version order with their author', async () => {
    const ana = await signedIn(database.db, server, 'planificacion', 'Ana Pérez')
    const reader = await signedIn(database.db, server, 'consulta', 'Luis Mora')
    const records = [edit(0, '29,5'), review(0, 'approved'), { uid: randomUUID(), kind: 'comment', meta: 3, at: 5, data: { text: 'Revisar' } }]
    const response = await push(ana.headers, records)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ version: 3, accepted: records.map((r, i) => ({ uid: r.uid, version: i + 1 })) })
    const pulled = await pull(reader.headers)
    expect(pulled.version).toBe(3)
    expect(pulled.records).toEqual(records.map((r, i) => ({ ...r, version: i + 1, author: { id: ana.id, name: 'Ana Pérez' }, serverAt: expect.any(Number) })))
    expect((await pull(reader.headers, 2)).records.map((r) => r.version)).toEqual([3])
    expect(await pull(reader.headers, 3)).toEqual({ records: [], version: 3 })
  })

  it('a retried push stores nothing twice and answers the same versions', async () => {
    const rosa = await signedIn(database.db, server, 'planificacion', 'Rosa Vega')
    const first = [edit(1, '10'), edit(2, '20')]
    const answer = await (await push(rosa.headers, first)).json()
    const retry = [...first, edit(3, '30')]
    expect(await (await push(rosa.headers, retry)).json()).toEqual({
      version: 3,
      accepted: [...(answer as { accepted: unknown[] }).accepted, { uid: retry[2]!.uid, version: 3 }],
    })
    // The version answered is the report's: the log has grown since the first answer.
    expect(await (await push(rosa.headers, first)).json()).toEqual({ ...(answer as object), version: 3 })
    expect((await pull(rosa.headers)).records.map((r) => r.uid)).toEqual(retry.map((r) => r.uid))
  })

  it('a push and its retries racing through two instances are stored once, with one answer', async () => {
    const other = await startTeamServer(await database.secondInstance())
    try {
      const rosa = await signedIn(database.db, server, 'planificacion', 'Rosa Vega')
      const viaOther = { ...rosa.headers, origin: other.url }
      const batch = [edit(0, '1'), edit(1, '2'), edit(2, '3')]
      const answers = await Promise.all([server, other, server, other].map(async (through) => (await push(through === server ? rosa.headers : viaOther, batch, through)).json()))
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
      expect((await pull(rosa.headers)).records.map((r) => r.uid)).toEqual(batch.map((r) => r.uid))
    } finally {
      await other.close()
    }
  })

  it('20 clients pushing at once get one gapless version sequence', async () => {
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => signedIn(database.db, server, 'planificacion', `Persona ${i}`)))
    const batches = people.map((_, i) => Array.from({ length: 5 }, (__, j) => edit((i * 5 + j) % seed.metas.length, String(i * 100 + j))))
    const answers = await Promise.all(people.map(async (person, i) => (await push(person.headers, batches[i]!)).json() as Promise<{ accepted: { version: number }[] }>))
    const versions = answers.flatMap((a) => a.accepted.map((x) => x.version)).sort((a, b) => a - b)
    expect(versions).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    // Each batch keeps its own order and stays in one run of versions.
    for (const answer of answers) {
      const own = answer.accepted.map((x) => x.version)
      expect(own).toEqual(own.map((_, j) => own[0]! + j))
    }
    const pulled = await pull(people[0]!.headers)
    expect(pulled.records.map((r) => r.version)).toEqual(versions)
  })

  it('one bad record refuses the whole batch and stores nothing', async () => {
    const ana = await signedIn(database.db, server, 'planificacion', 'Ana Pérez')
    const response = await push(ana.headers, [edit(0, '1'), { ...edit(1, '2'), meta: seed.metas.length }])
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: { code: string; es: string; en: string } }
    expect(error.code).toBe('metaOutside')
    expect(error.es).toContain('No se guardó ningún cambio del envío.')
    expect(await pull(ana.headers)).toEqual({ records: [], version: 0 })
  })

  it("a consulta account's push is refused with 403", async () => {
    const luis = await signedIn(database.db, server, 'consulta', 'Luis Mora')
    const response = await push(luis.headers, [edit(0, '1')])
    expect(response.status).toBe(403)
    expect(((await response.json()) as { error: { es: string } }).error.es).toBe('Una cuenta de consulta no puede cambiar el informe.')
    expect((await pull(luis.headers)).version).toBe(0)
    expect((await push({ origin: server.url }, [edit(0, '1')])).status).toBe(401)
  })

  it('a pull comes in pages of 5,000', async () => {
    const ana = await signedIn(database.db, server, 'planificacion', 'Ana Pérez')
    for (let i = 0; i < 6; i++) {
      const batch = Array.from({ length: 1000 }, (_, j) => edit((i * 1000 + j) % seed.metas.length, String(j)))
      expect((await push(ana.headers, batch)).status).toBe(200)
    }
    const first = await pull(ana.headers)
    expect(first.records).toHaveLength(5000)
    expect(first.version).toBe(6000)
    const second = await pull(ana.headers, first.records.at(-1)!.version)
    expect(second.records.map((r) => r.version)).toEqual(Array.from({ length: 1000 }, (_, i) => 5001 + i))
  })

  it('an unknown report and a bad cursor are refused', async () => {
    const ana = await signedIn(database.db, server, 'planificacion', 'Ana Pérez')
    const unknown = `${server.url}/api/reports/${'0'.repeat(64)}/records`
    expect((await fetch(unknown, { headers: ana.headers })).status).toBe(404)
    expect((await fetch(`${server.url}/api/reports/${report}/records?after=-1`, { headers: ana.headers })).status).toBe(400)
  })
})
