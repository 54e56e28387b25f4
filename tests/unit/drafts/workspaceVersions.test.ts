import { describe, expect, it } from 'vitest'
import { readWorkspaceVersions } from '../../../src/drafts/workspaceVersions'
import { seedReport } from '../../fixtures/seedReport'
import { openSession, seededDrafts } from './draftsFixture'

const seed = seedReport()

describe('a workspace read for a comparison', () => {
  it('gives its original and its current report with the stored edits, undone ones undone, and writes nothing', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 0, column: 'achieved', after: '4' }])
    tab.commit([{ meta: 5, column: 'result', after: 'Texto corregido.' }])
    tab.commit([{ meta: 9, column: 'planned', after: '1' }])
    tab.undo()
    await tab.whenSaved()
    const before = await db.workspaces.get(hash)
    const versions = await readWorkspaceVersions(db, hash)
    expect(versions!.original.metas.map((m) => m.cells)).toEqual(seed.metas.map((m) => m.cells))
    expect(versions!.current.metas.map((m) => m.cells)).toEqual(tab.getSnapshot().report.metas.map((m) => m.cells))
    expect(versions!.current.metas[0]!.cells.achieved).toBe('4')
    expect(versions!.current.metas[9]!.cells.planned).toBe(seed.metas[9]!.cells.planned)
    expect(await db.workspaces.get(hash)).toEqual(before)
  })

  it('is null for a workspace that is not stored', async () => {
    const { db } = await seededDrafts()
    expect(await readWorkspaceVersions(db, 'no-such-hash')).toBeNull()
  })
})
