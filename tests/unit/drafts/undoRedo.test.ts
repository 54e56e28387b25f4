import { describe, expect, it } from 'vitest'
import { DraftsDb } from '../../../src/drafts/draftsDb'
import { undoRedoStacks } from '../../../src/drafts/editLog'
import { seedReport } from '../../fixtures/seedReport'
import { openSession, seededDrafts } from './draftsFixture'

const seed = seedReport()

const cell = (session: { getSnapshot(): { report: typeof seed } }, meta: number, column: 'planned' | 'achieved' | 'result') =>
  session.getSnapshot().report.metas[meta]!.cells[column]

describe('undo and redo', () => {
  it('a pasted block is one step: one undo takes back every cell of it, one redo puts them back', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    const block = [
      { meta: 2, column: 'planned' as const, after: '10' },
      { meta: 3, column: 'planned' as const, after: '20' },
      { meta: 4, column: 'planned' as const, after: '30' },
    ]
    tab.commit(block)
    expect(block.map((e) => cell(tab, e.meta, e.column))).toEqual(['10', '20', '30'])
    tab.undo()
    expect(block.map((e) => cell(tab, e.meta, e.column))).toEqual(block.map((e) => seed.metas[e.meta]!.cells.planned))
    expect(tab.getSnapshot().canUndo).toBe(false)
    tab.redo()
    expect(block.map((e) => cell(tab, e.meta, e.column))).toEqual(['10', '20', '30'])
    expect(tab.getSnapshot().canRedo).toBe(false)
  })

  it('undo appends the inverse edits to the log instead of removing anything', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 0, column: 'achieved', after: '7' }])
    tab.undo()
    await tab.whenSaved()
    const records = await db.edits.orderBy('id').toArray()
    expect(records.map((r) => [r.kind, r.before, r.after])).toEqual([
      ['edit', seed.metas[0]!.cells.achieved, '7'],
      ['undo', '7', seed.metas[0]!.cells.achieved],
    ])
    expect(records[1]!.target).toBe(records[0]!.step)
  })

  it('a new edit after an undo clears the redo stack', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 0, column: 'achieved', after: '7' }])
    tab.undo()
    tab.commit([{ meta: 1, column: 'achieved', after: '8' }])
    expect(tab.getSnapshot().canRedo).toBe(false)
    tab.redo()
    expect(cell(tab, 0, 'achieved')).toBe(seed.metas[0]!.cells.achieved)
  })

  it('undo and redo keep working after a reload, in the order the steps were made', async () => {
    const { db, hash, name } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 5, column: 'result', after: 'primero' }])
    tab.commit([{ meta: 5, column: 'result', after: 'segundo' }])
    tab.commit([{ meta: 6, column: 'result', after: 'otro' }])
    tab.undo()
    await tab.whenSaved()
    tab.close()
    db.close()

    const reloaded = await openSession(new DraftsDb(name), hash)
    expect(cell(reloaded, 6, 'result')).toBe(seed.metas[6]!.cells.result)
    expect(reloaded.getSnapshot().canRedo).toBe(true)
    reloaded.undo()
    expect(cell(reloaded, 5, 'result')).toBe('primero')
    reloaded.redo()
    reloaded.redo()
    expect(cell(reloaded, 5, 'result')).toBe('segundo')
    expect(cell(reloaded, 6, 'result')).toBe('otro')
  })

  it('two undos of the same step (from two tabs at once) undo it only once', () => {
    const stacks = undoRedoStacks([
      { step: 'a', kind: 'edit' },
      { step: 'b', kind: 'edit' },
      { step: 'u1', kind: 'undo', target: 'b' },
      { step: 'u2', kind: 'undo', target: 'b' },
    ])
    expect(stacks).toEqual({ undo: ['a'], redo: ['b'] })
  })
})

describe('revert', () => {
  it('reverting a cell gives back the original text and is itself one undoable step', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 8, column: 'planned', after: '1' }])
    tab.commit([
      { meta: 8, column: 'planned', after: '2' },
      { meta: 9, column: 'planned', after: '3' },
    ])
    tab.revert([{ meta: 8, column: 'planned' }])
    expect(cell(tab, 8, 'planned')).toBe(seed.metas[8]!.cells.planned)
    expect(tab.changes().map((c) => [c.meta, c.column, c.original, c.current])).toEqual([[9, 'planned', seed.metas[9]!.cells.planned, '3']])
    tab.undo()
    expect(cell(tab, 8, 'planned')).toBe('2')
    await tab.whenSaved()
    expect(await db.edits.count()).toBe(5)
  })

  it('a cell edited back to its original text no longer counts as changed', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 8, column: 'achieved', after: '99' }])
    tab.commit([{ meta: 8, column: 'achieved', after: seed.metas[8]!.cells.achieved }])
    expect(tab.changes()).toEqual([])
  })
})
