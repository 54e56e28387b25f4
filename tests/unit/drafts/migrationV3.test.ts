import { originalBytes } from '../../../src/drafts/originalBytes'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DRAFTS_DB_VERSION, V3_STORES } from '../../../src/drafts/draftsDb'
import { statusOf } from '../../../src/drafts/reviewBook'
import { contentHash, deleteWorkspace, listWorkspaces, readWorkspace } from '../../../src/drafts/workspaces'
import { listViews } from '../../../src/drafts/savedViewsStore'
import { seedBytes, seedReport } from '../../fixtures/seedReport'
import { expectEditsStartFromSeed, migratedDrafts, storedFixture, openSession } from './draftsFixture'

const seed = seedReport()

const fixture = storedFixture('drafts-v3.json')
const hash = fixture.workspaces[0]!.hash

/**
 * Writes the fixture the way version 3 of the app did: its schema only, the original bytes inside
 * the workspace record. Returns the open v3 connection, as a tab still running version 3 holds it.
 */
async function writeVersion3(name: string): Promise<Dexie> {
  const v3 = new Dexie(name)
  v3.version(3).stores(V3_STORES)
  await v3.table('workspaces').bulkAdd(fixture.workspaces.map((w) => ({ ...w, bytes: seedBytes() })))
  for (const store of ['edits', 'reviews', 'comments', 'acknowledgements', 'views'] as const) await v3.table(store).bulkAdd(fixture[store])
  return v3
}

const migrated = migratedDrafts

describe('a database written by version 3', () => {
  it('the fixture names the embedded report by its content hash, and its edits start from the original texts', async () => {
    expect(hash).toBe(await contentHash(seedBytes()))
    expectEditsStartFromSeed(fixture.edits)
  })

  it('opens with the original moved to its own store, the workspace record small, and the same report', async () => {
    const name = `drafts-v3-${Date.now()}-a`
    ;(await writeVersion3(name)).close()
    const db = await migrated(name)
    expect(db.verno).toBe(DRAFTS_DB_VERSION)
    const [record] = await db.workspaces.toArray()
    expect(record).toEqual(fixture.workspaces[0])
    expect(record).not.toHaveProperty('bytes')
    expect(Buffer.from(await originalBytes((await db.originals.get(hash))!)).equals(seedBytes())).toBe(true)
    expect(await listWorkspaces(db)).toEqual(fixture.workspaces)
    const opened = await readWorkspace(db, hash)
    expect(opened?.report.metas).toEqual(seed.metas)
    db.close()
  })

  it('keeps the edit log with its undo and redo, the review state and the saved view', async () => {
    const name = `drafts-v3-${Date.now()}-b`
    ;(await writeVersion3(name)).close()
    const db = await migrated(name)
    expect(await db.edits.toArray()).toEqual(fixture.edits)
    const session = await openSession(db, hash)
    const achieved = (meta: number) => session.getSnapshot().report.metas[meta]!.cells.achieved
    // Step a, and the pasted block b undone then redone, stand; the second tab's step e was undone.
    expect([achieved(4), achieved(20), achieved(21), achieved(10)]).toEqual(['45.000', '70', '18', seed.metas[10]!.cells.achieved])
    expect(
      session
        .changes()
        .map((c) => c.meta)
        .sort((a, b) => a - b),
    ).toEqual([4, 20, 21])
    const reviews = session.getSnapshot().reviews
    expect(statusOf(reviews, 8)).toBe('needsCorrection')
    expect(reviews.comments.get(8)?.map((c) => c.text)).toEqual([fixture.comments[0]!.text])
    expect([...reviews.acknowledgements.values()].map((a) => [a.meta, a.rule, a.reason])).toEqual([[9, 'justificationMissing', fixture.acknowledgements[0]!.reason]])
    expect((await listViews(db, hash)).map((v) => [v.name, v.query])).toEqual([[fixture.views[0]!.name, fixture.views[0]!.query]])

    // The stacks survive: redo brings back the undone step e, and two undos then take back e and the block b.
    session.redo()
    expect(achieved(10)).toBe('0,9')
    session.undo()
    session.undo()
    expect([achieved(10), achieved(20), achieved(21), achieved(4)]).toEqual([seed.metas[10]!.cells.achieved, '75', '20', '45.000'])
    await session.whenSaved()
    expect(await db.edits.count()).toBe(fixture.edits.length + 4)
    session.close()
    db.close()
  })

  it('a tab still running version 3 does not block the upgrade, and a report it imports afterwards the old way still opens', async () => {
    const name = `drafts-v3-${Date.now()}-c`
    const oldTab = await writeVersion3(name)
    let told = false
    oldTab.on('versionchange', () => {
      told = true
    })
    const db = await migrated(name)
    expect(told).toBe(true)
    expect(await db.originals.count()).toBe(1)

    // Version 3's code reopens on its next write and keeps the bytes in the workspace record.
    const otherBytes = new TextEncoder().encode(new TextDecoder().decode(seedBytes()).replace(`CUENTAS ${seed.year}`, 'CUENTAS 2031'))
    const otherHash = await contentHash(otherBytes)
    await oldTab.table('workspaces').add({ ...fixture.workspaces[0]!, hash: otherHash, fileName: 'otro.txt', year: 2031, bytes: otherBytes })
    oldTab.close()
    const opened = await readWorkspace(db, otherHash)
    expect(opened?.report.year).toBe(2031)
    expect(await db.workspaces.get(otherHash)).not.toHaveProperty('bytes')
    expect(Buffer.from(await originalBytes((await db.originals.get(otherHash))!)).equals(otherBytes)).toBe(true)
    db.close()
  })

  it('deleting a migrated workspace deletes its original too', async () => {
    const name = `drafts-v3-${Date.now()}-d`
    ;(await writeVersion3(name)).close()
    const db = await migrated(name)
    await deleteWorkspace(db, hash)
    expect([await db.workspaces.count(), await db.originals.count(), await db.edits.count(), await db.views.count()]).toEqual([0, 0, 0, 0])
    db.close()
  })
})
