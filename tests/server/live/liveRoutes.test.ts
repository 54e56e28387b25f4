import { afterEach, beforeEach, expect, it } from 'vitest'
import type { PushedRecord, TeamRecord } from '../../../src/report/team/teamRecord'
import { forEachDatabase } from '../databases'
import { seed, seedEdit, shareSeed } from '../seedRecords'
import { openEvents, type EventClient, type LiveEvent } from '../eventClient'
import { signedIn, startTeamServer, type TeamServer } from '../teamServer'

const edit = (meta: number, after: string) => seedEdit(meta, after, 'planned')

const recordsUpTo = (version: number) => (e: LiveEvent) => e.event === 'records' && (e.data as { version: number }).version >= version

forEachDatabase('live events', (database) => {
  let first: TeamServer
  let second: TeamServer
  let report: string
  const streams: EventClient[] = []
  beforeEach(async () => {
    first = await startTeamServer(database.db)
    second = await startTeamServer(await database.secondInstance())
    report = await shareSeed(database.db)
  })
  afterEach(async () => {
    streams.splice(0).forEach((stream) => stream.close())
    await Promise.all([first.close(), second.close()])
  })

  const listen = async (server: TeamServer, headers: Record<string, string>) => {
    const stream = await openEvents(`${server.url}/api/reports/${report}/events`, headers)
    streams.push(stream)
    return stream
  }
  const push = (server: TeamServer, headers: Record<string, string>, records: readonly PushedRecord[]) =>
    fetch(`${server.url}/api/reports/${report}/records`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ records }),
    })

  it('a client of instance B gets a push through instance A within a second, with the records and their author', async () => {
    const ana = await signedIn(database.db, first, 'planificacion', 'Ana Pérez')
    const luis = await signedIn(database.db, first, 'consulta', 'Luis Mora')
    const stream = await listen(second, luis.headers)
    expect((await stream.next((e) => e.event === 'records')).data).toEqual({ version: 0 })
    // The first push of a fresh server pays for compiling its code paths; the second one is timed.
    expect((await push(first, ana.headers, [edit(3, '1')])).status).toBe(200)
    await stream.next(recordsUpTo(1))
    const record = edit(4, '1.234,5')
    const pushedAt = performance.now()
    expect((await push(first, ana.headers, [record])).status).toBe(200)
    const event = await stream.next(recordsUpTo(2), 1000)
    expect(event.at - pushedAt).toBeLessThan(1000)
    const data = event.data as { version: number; after: number; records: TeamRecord[] }
    expect(data).toMatchObject({ version: 2, after: 1 })
    expect(data.records).toEqual([{ ...record, version: 2, author: { id: ana.id, name: 'Ana Pérez' }, serverAt: expect.any(Number) }])
  })

  it('a stream opened after pushes starts with the current version, so the client pulls what it lacks', async () => {
    const ana = await signedIn(database.db, first, 'planificacion', 'Ana Pérez')
    await push(first, ana.headers, [edit(0, '1'), edit(1, '2')])
    const stream = await listen(second, ana.headers)
    expect((await stream.next((e) => e.event === 'records')).data).toEqual({ version: 2 })
  })

  it('presence: who has the report open and on which meta, on every instance', async () => {
    const ana = await signedIn(database.db, first, 'planificacion', 'Ana Pérez')
    const rosa = await signedIn(database.db, first, 'secretaria', 'Rosa Vega')
    const stream = await listen(second, rosa.headers)
    expect((await stream.next((e) => e.event === 'presence')).data).toEqual({ people: [] })
    const beat = (meta: number | null) =>
      fetch(`${first.url}/api/reports/${report}/presence`, { method: 'POST', headers: { ...ana.headers, 'content-type': 'application/json' }, body: JSON.stringify({ meta }) })
    expect((await beat(7)).status).toBe(204)
    const person = { accountId: ana.id, name: 'Ana Pérez', initials: 'AP' }
    await stream.next((e) => e.event === 'presence' && JSON.stringify(e.data) === JSON.stringify({ people: [{ ...person, meta: 7 }] }))
    expect((await beat(null)).status).toBe(204)
    await stream.next((e) => e.event === 'presence' && JSON.stringify(e.data) === JSON.stringify({ people: [{ ...person, meta: null }] }))
    expect((await beat(seed.metas.length)).status).toBe(400)
  })

  it('a stream needs a session and a shared report', async () => {
    const rosa = await signedIn(database.db, first, 'secretaria', 'Rosa Vega')
    expect((await fetch(`${first.url}/api/reports/${report}/events`)).status).toBe(401)
    expect((await fetch(`${first.url}/api/reports/${'0'.repeat(64)}/events`, { headers: rosa.headers })).status).toBe(404)
  })
})
