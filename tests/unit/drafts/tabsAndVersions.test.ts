import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DRAFTS_DB_VERSION, DraftsDb } from '../../../src/drafts/draftsDb'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import { openDrafts } from '../../../src/drafts/openDrafts'
import { statusOf } from '../../../src/drafts/reviewBook'
import { openTabChannel } from '../../../src/drafts/tabSync'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { seedReport } from '../../fixtures/seedReport'
import { backendRefusingWhen, openSession, seededDrafts, whenShown } from './draftsFixture'

const seed = seedReport()

describe('several tabs on one workspace', () => {
  it('an edit made in one tab appears in the other', async () => {
    const { db, hash, name } = await seededDrafts()
    const first = await openSession(db, hash, true)
    const second = await openSession(new DraftsDb(name), hash, true)
    first.commit([{ meta: 7, column: 'achieved', after: '123' }])
    await whenShown(second, (s) => s.report.metas[7]!.cells.achieved === '123')
    second.setReviewStatus(7, 'needsCorrection', 'Ana')
    await whenShown(first, (s) => s.reviews.statuses.get(7)?.status === 'needsCorrection')
    first.close()
    second.close()
  })

  it('two edits of the same cell are both logged, the later one is current, and the tab that lost is told', async () => {
    const { db, hash, name } = await seededDrafts()
    const early = await openSession(db, hash, true)
    const late = await openSession(new DraftsDb(name), hash, false)
    early.commit([{ meta: 7, column: 'planned', after: '101,5' }])
    await early.whenSaved()
    // The late tab has not heard of the early edit yet when it edits the same cell.
    late.commit([{ meta: 7, column: 'planned', after: '202,5' }])
    await late.whenSaved()
    const lateChannel = openTabChannel(() => undefined)
    lateChannel.post({ workspace: hash, what: 'edits' })
    await whenShown(early, (s) => s.conflicts.length > 0)
    lateChannel.close()
    expect(early.getSnapshot().report.metas[7]!.cells.planned).toBe('202,5')
    expect(early.getSnapshot().conflicts[0]).toMatchObject({ meta: 7, column: 'planned', mine: '101,5', theirs: '202,5' })
    expect(late.getSnapshot().conflicts).toEqual([])
    const logged = await db.edits.where('workspace').equals(hash).sortBy('id')
    expect(logged.map((r) => [r.before, r.after])).toEqual([
      [seed.metas[7]!.cells.planned, '101,5'],
      [seed.metas[7]!.cells.planned, '202,5'],
    ])
    early.close()
    late.close()
  })
})

describe('schema versions', () => {
  it('a tab still running an older version stops writing when a newer one upgrades the database, and loses nothing', async () => {
    let told: () => void = () => undefined
    const oldTabTold = new Promise<void>((resolve) => (told = resolve))
    const { hash, name } = await seededDrafts()
    const opening = await openDrafts(() => {
      old.stopWriting()
      told()
    }, name)
    if (!opening.ok) throw new Error(opening.problem)
    const old = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(opening.db), sync: false })
    old.commit([{ meta: 1, column: 'achieved', after: '5' }])
    await old.whenSaved()

    const newer = new Dexie(name)
    newer.version(DRAFTS_DB_VERSION + 1).stores({ edits: '++id, workspace, [workspace+id]' })
    await newer.open()
    await oldTabTold
    // Its connection stays closed: nothing written from this tab by any path (Dexie would reopen it).
    await expect(opening.db.edits.add({ ...(await newer.table('edits').toArray())[0], id: 99 })).rejects.toThrow()

    old.commit([{ meta: 2, column: 'achieved', after: '6' }])
    old.setReviewStatus(2, 'needsCorrection', 'Ana Pérez')
    expect(old.getSnapshot().report.metas[2]!.cells.achieved).toBe('6')
    expect(old.getSnapshot().save).toMatchObject({ status: 'unsaved', problem: 'outdated', unsaved: 2 })
    const edits = await newer.table('edits').toArray()
    expect(edits.map((r: { after: string }) => r.after)).toEqual(['5'])
    newer.close()

    // After the reload (the newer version), the edit and the status the old tab could not write are taken in.
    const reloaded = await openSession(new DraftsDb(name), hash)
    expect(statusOf(reloaded.getSnapshot().reviews, 2)).toBe('needsCorrection')
    await reloaded.whenSaved()
    expect(reloaded.getSnapshot().report.metas[1]!.cells.achieved).toBe('5')
    expect(reloaded.getSnapshot().report.metas[2]!.cells.achieved).toBe('6')
    expect(statusOf(reloaded.getSnapshot().reviews, 2)).toBe('needsCorrection')
  })
})

describe('when storage fails', () => {
  it('a refused write leaves the edit on screen, marked not saved with the reason, and retrying saves it', async () => {
    const { db, hash } = await seededDrafts()
    let refuse = true
    const flaky = backendRefusingWhen(db, () => refuse)
    const tab = await WorkspaceSession.open({ workspace: hash, original: seed, backend: flaky, sync: false })
    tab.commit([{ meta: 3, column: 'result', after: 'texto nuevo' }])
    await whenShown(tab, (s) => s.save.status === 'unsaved')
    expect(tab.getSnapshot().save).toEqual({ status: 'unsaved', problem: 'quota', unsaved: 1 })
    expect(tab.getSnapshot().report.metas[3]!.cells.result).toBe('texto nuevo')
    expect(tab.unsavedDrafts().edits.map((e) => e.after)).toEqual(['texto nuevo'])
    refuse = false
    tab.retry()
    await tab.whenSaved()
    expect((await db.edits.toArray()).map((r) => r.after)).toEqual(['texto nuevo'])
  })

  it('without IndexedDB the session works in memory and its edit stays unsaved through undo and redo', () => {
    const tab = WorkspaceSession.inMemory(seed, 'unavailable')
    tab.commit([{ meta: 0, column: 'no', after: '99' }])
    tab.undo()
    tab.redo()
    expect(tab.getSnapshot().report.metas[0]!.cells.no).toBe('99')
    expect(tab.persistent).toBe(false)
    expect(tab.getSnapshot().save).toEqual({ status: 'unsaved', problem: 'unavailable', unsaved: 1 })
  })
})
