import { describe, expect, it } from 'vitest'
import { DraftsDb } from '../../../src/drafts/draftsDb'
import { seedReport } from '../../fixtures/seedReport'
import { openSession, seededDrafts } from './draftsFixture'

const seed = seedReport()

const firstMeta = seed.metas[0]!
const plannedEdit = { meta: 0, column: 'planned' as const, after: `${firstMeta.cells.planned}5` }

describe('edits kept in IndexedDB', () => {
  it('an edit shows at once, is reported saved once written, and is there when the workspace is reopened', async () => {
    const { db, hash, name } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([plannedEdit])
    expect(tab.getSnapshot().report.metas[0]!.cells.planned).toBe(plannedEdit.after)
    expect(tab.getSnapshot().save.status).toBe('saving')
    await tab.whenSaved()
    tab.close()
    db.close()

    const reopenedDb = new DraftsDb(name)
    const reopened = await openSession(reopenedDb, hash)
    expect(reopened.getSnapshot().report.metas[0]!.cells.planned).toBe(plannedEdit.after)
    expect(reopened.original.metas[0]!.cells.planned).toBe(firstMeta.cells.planned)
    expect(reopened.changes()).toEqual([expect.objectContaining({ meta: 0, column: 'planned', original: firstMeta.cells.planned, current: plannedEdit.after })])
  })

  it('the log is append-only: changing a cell twice keeps both records with what each replaced', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 3, column: 'achieved', after: '10' }])
    tab.commit([{ meta: 3, column: 'achieved', after: '11' }])
    await tab.whenSaved()
    const records = await db.edits.where('workspace').equals(hash).sortBy('id')
    expect(records.map((r) => [r.before, r.after])).toEqual([
      [seed.metas[3]!.cells.achieved, '10'],
      ['10', '11'],
    ])
    expect(records.every((r) => r.meta === 3 && r.column === 'achieved' && r.at > 0)).toBe(true)
  })

  it('an edit that writes the text the cell already has is not logged', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 1, column: 'description', after: seed.metas[1]!.cells.description }])
    await tab.whenSaved()
    expect(await db.edits.count()).toBe(0)
    expect(tab.getSnapshot().canUndo).toBe(false)
  })

  it('an edit made the moment the previous one is reported saved is written too', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    const secondMade = new Promise<void>((resolve) => {
      const stop = tab.subscribe(() => {
        if (tab.getSnapshot().save.status !== 'saved') return
        stop()
        tab.commit([{ meta: 1, column: 'achieved', after: '2222' }])
        resolve()
      })
    })
    tab.commit([{ meta: 0, column: 'achieved', after: '1111' }])
    await secondMade
    await tab.whenSaved()
    expect((await db.edits.toArray()).map((r) => r.after)).toEqual(['1111', '2222'])
  })
})
