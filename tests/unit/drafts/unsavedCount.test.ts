import { describe, expect, it } from 'vitest'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { seedReport } from '../../fixtures/seedReport'
import { backendRefusingWhen, seededDrafts, whenShown } from './draftsFixture'

const seed = seedReport()

const unsaved = (session: WorkspaceSession) => session.getSnapshot().save.unsaved

describe('the count of unsaved changes is what a user would lose', () => {
  it('editing, undoing and redoing one cell is one unsaved change, and none once undone', () => {
    const tab = WorkspaceSession.inMemory(seed, 'unavailable')
    tab.commit([{ meta: 0, column: 'achieved', after: '99' }])
    expect(unsaved(tab)).toBe(1)
    tab.undo()
    // The cell shows what storage holds again; the log records are still unwritten, so not "saved".
    expect(tab.getSnapshot().save).toEqual({ status: 'unsaved', problem: 'unavailable', unsaved: 0 })
    tab.redo()
    expect(unsaved(tab)).toBe(1)
    expect(tab.unsavedDrafts().edits).toHaveLength(3)
  })

  it('a pasted block counts its cells, and editing one of them again adds none', () => {
    const tab = WorkspaceSession.inMemory(seed, 'unavailable')
    tab.commit([
      { meta: 4, column: 'planned', after: '1' },
      { meta: 5, column: 'planned', after: '2' },
    ])
    tab.commit([{ meta: 5, column: 'planned', after: '3' }])
    expect(unsaved(tab)).toBe(2)
    tab.revert([{ meta: 4, column: 'planned' }])
    expect(unsaved(tab)).toBe(1)
  })

  it('a meta’s status counts once however often it changes, and each comment counts', () => {
    const tab = WorkspaceSession.inMemory(seed, 'unavailable')
    tab.setReviewStatus(1, 'reviewed', 'Ana')
    tab.setReviewStatus(1, 'approved', 'Ana')
    tab.addComment(1, 'Revisado con la dirección', 'Ana')
    tab.addComment(1, 'Aprobado', 'Ana')
    tab.acknowledgeFinding(2, 'justificationMissing', 'result', 'En el anexo', 'Ana')
    tab.withdrawAcknowledgement(2, 'justificationMissing', 'result')
    expect(unsaved(tab)).toBe(4)
  })

  it('counts against what storage holds: a cell set back to its saved text is not unsaved', async () => {
    const { db, hash } = await seededDrafts()
    let refuse = false
    const flaky = backendRefusingWhen(db, () => refuse)
    const tab = await WorkspaceSession.open({ workspace: hash, original: seed, backend: flaky, sync: false })
    tab.commit([{ meta: 3, column: 'achieved', after: '7' }])
    await tab.whenSaved()
    refuse = true
    tab.commit([{ meta: 3, column: 'achieved', after: '8' }])
    tab.commit([{ meta: 6, column: 'achieved', after: '9' }])
    await whenShown(tab, (s) => s.save.status === 'unsaved')
    expect(tab.getSnapshot().save).toEqual({ status: 'unsaved', problem: 'quota', unsaved: 2 })
    tab.commit([{ meta: 3, column: 'achieved', after: '7' }])
    expect(unsaved(tab)).toBe(1)
    tab.close()
  })
})
