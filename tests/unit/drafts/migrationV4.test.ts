import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DRAFTS_DB_VERSION, V4_STORES } from '../../../src/drafts/draftsDb'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import { statusOf } from '../../../src/drafts/reviewBook'
import { unsyncedBatch } from '../../../src/drafts/teamLog'
import { contentHash } from '../../../src/drafts/workspaces'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { Replicator } from '../../../src/sync/replicator'
import { MemoryTeamServer } from '../sync/memoryTeamServer'
import { ana, QUICK_BACKOFF, switchableNetwork, until } from '../sync/teamBrowsers'
import { seedBytes, seedReport } from '../../fixtures/seedReport'
import { expectEditsStartFromSeed, migratedDrafts, storedFixture, openSession } from './draftsFixture'

const seed = seedReport()

const fixture = storedFixture('drafts-v4.json')
const hash = fixture.workspaces[0]!.hash
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

let count = 0

/** Writes the fixture the way version 4 of the app did (its schema only), then opens it in the current version. */
async function migrated() {
  const name = `drafts-v4-${Date.now()}-${++count}`
  const v4 = new Dexie(name)
  v4.version(4).stores(V4_STORES)
  await v4.table('workspaces').bulkAdd(fixture.workspaces)
  await v4.table('originals').add({ hash, bytes: seedBytes() })
  for (const store of ['edits', 'reviews', 'comments', 'acknowledgements', 'views'] as const) await v4.table(store).bulkAdd(fixture[store])
  v4.close()
  return migratedDrafts(name)
}

describe('a database written by version 4', () => {
  it('the fixture names the embedded report by its content hash, and its edits start from the original texts', async () => {
    expect(hash).toBe(await contentHash(seedBytes()))
    expectEditsStartFromSeed(fixture.edits)
  })

  it('keeps every store as it was, and logs each status, comment and acknowledgement as an unsynced review record', async () => {
    const db = await migrated()
    expect(db.verno).toBe(DRAFTS_DB_VERSION)
    expect(await db.workspaces.toArray()).toEqual(fixture.workspaces)
    expect(await db.edits.toArray()).toEqual(fixture.edits)
    expect(await db.reviews.toArray()).toEqual(fixture.reviews)
    expect(await db.acknowledgements.toArray()).toEqual(fixture.acknowledgements)
    expect(await db.views.toArray()).toEqual(fixture.views)
    const comments = await db.comments.toArray()
    expect(comments).toEqual(fixture.comments.map((c) => ({ ...c, uid: expect.any(String) })))

    const log = await db.reviewLog.orderBy('id').toArray()
    expect(log.map((r) => [r.kind, r.meta, r.by, r.unsynced, r.version])).toEqual([
      ['review', 30, 'Ana Pérez', 1, undefined],
      ['review', 8, 'Luis Mora', 1, undefined],
      ['comment', 8, 'Ana Pérez', 1, undefined],
      ['comment', 8, 'Luis Mora', 1, undefined],
      ['ack', 9, 'Ana Pérez', 1, undefined],
    ])
    expect(log.every((r) => UUID.test(r.uid))).toBe(true)
    expect(new Set(log.map((r) => r.uid)).size).toBe(log.length)
    expect(comments.map((c) => c.uid)).toEqual(log.filter((r) => r.kind === 'comment').map((r) => r.uid))
    db.close()
  })

  it('shows the same report and review state, and undo still works', async () => {
    const db = await migrated()
    const session = await openSession(db, hash)
    const achieved = (meta: number) => session.getSnapshot().report.metas[meta]!.cells.achieved
    expect([achieved(4), achieved(20), achieved(21), session.getSnapshot().report.metas[12]!.cells.planned]).toEqual(['45.000', '70', '18', '12,5'])
    const reviews = session.getSnapshot().reviews
    expect([statusOf(reviews, 8), statusOf(reviews, 30)]).toEqual(['approved', 'reviewed'])
    expect(reviews.comments.get(8)!.map((c) => c.author)).toEqual(['Ana Pérez', 'Luis Mora'])
    expect([...reviews.acknowledgements.keys()]).toEqual(['9:justificationMissing:result'])
    session.undo()
    expect(session.getSnapshot().report.metas[12]!.cells.planned).toBe(seed.metas[12]!.cells.planned)
    await session.whenSaved()
    session.close()
    db.close()
  })

  it('opened as a shared report, everything it holds waits for the server; a batch taken twice carries the same uids', async () => {
    const db = await migrated()
    const session = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(db), sync: false, account: ana })
    session.setConnection({ status: 'online' })
    // Four edited cells, two statuses, two comments and one acknowledgement.
    expect(session.getSnapshot().save.sync).toEqual({ status: 'syncing', waiting: 9 })
    const first = await unsyncedBatch(db, hash, ana.id, 0, 1000)
    const again = await unsyncedBatch(db, hash, ana.id, 0, 1000)
    expect(first.records).toHaveLength(fixture.edits.length + 5)
    expect(again.records.map((r) => r.uid)).toEqual(first.records.map((r) => r.uid))
    expect((await db.edits.toArray()).every((r) => r.uid !== undefined && UUID.test(r.uid))).toBe(true)
    session.close()
    db.close()
  })

  it('once shared, its drafts are pushed in the order they were made and every record gets the server’s version', async () => {
    const db = await migrated()
    const session = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(db), sync: false, account: ana })
    const server = new MemoryTeamServer(seed, hash)
    const replicator = new Replicator({ api: server.clientFor(ana), db, report: hash, session, network: switchableNetwork(), backoff: QUICK_BACKOFF })
    await replicator.start()
    await until(() => session.getSnapshot().save.sync?.status === 'synced', 'the migrated drafts to be synchronized')
    const times = server.log.map((r) => r.at)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(server.log.filter((r) => r.kind === 'edit').map((r) => r.data['after'])).toEqual(fixture.edits.map((e) => e.after))
    expect((await db.edits.toArray()).map((r) => r.version)).toEqual(fixture.edits.map((_, i) => i + 1))
    expect(await db.reviewLog.where('[workspace+unsynced]').equals([hash, 1]).count()).toBe(0)
    await replicator.stop()
    session.close()
    db.close()
  })
})
