import { describe, expect, it } from 'vitest'
import { EditLog, overwrittenChanges, undoRedoStacks } from '../../../src/drafts/editLog'
import type { Author, EditRecord } from '../../../src/drafts/records'

const ana: Author = { id: 'ana', name: 'Ana Pérez' }
const luis: Author = { id: 'luis', name: 'Luis Mora' }
const TAB = 'tab-de-ana'

let ids = 0
/** A record as storage returns it: `version` once the server ordered it. */
function record(fields: Partial<EditRecord> & Pick<EditRecord, 'after'>): EditRecord {
  const id = fields.id ?? ++ids
  return { id, workspace: 'w', step: `s${id}`, kind: 'edit', tab: TAB, meta: 1, column: 'planned', before: '100', at: id, uid: `u${id}`, author: ana, ...fields }
}

describe('the edit log in the server’s order', () => {
  it('replays records the server ordered by version, then this browser’s unsynced ones by id', () => {
    const log = new EditLog(ana.id)
    const mine = record({ id: 1, after: 'mía' })
    const early = record({ id: 2, after: 'v1', version: 1, tab: '', author: luis, meta: 2 })
    const late = record({ id: 3, after: 'v3', version: 3, tab: '', author: luis, meta: 3 })
    const middle = record({ id: 4, after: 'v2', version: 2, tab: '', author: luis, meta: 4 })
    log.append([mine, early, late])
    log.append([middle])
    expect(log.records().map((r) => r.after)).toEqual(['v1', 'v2', 'v3', 'mía'])
  })

  it('a pulled record ordered before this browser’s unsynced change of the same cell does not replace it on screen', () => {
    const log = new EditLog(ana.id)
    const mine = record({ after: 'de Ana' })
    log.append([mine])
    const theirs = record({ after: 'de Luis', version: 1, tab: '', author: luis })
    expect(log.append([theirs])).toEqual([])
    expect(log.current(1, 'planned')?.after).toBe('de Ana')
    // Pushed later, Ana's record is ordered after Luis's: still current, no notice for her.
    const applied = log.append([{ ...mine, version: 2 }])
    expect(log.current(1, 'planned')).toMatchObject({ after: 'de Ana', version: 2 })
    expect(overwrittenChanges(applied, TAB, ana.id)).toEqual([])
  })

  it('when the server ordered a pulled record after this browser’s own, learning that order makes it current, with a notice naming its author', () => {
    const log = new EditLog(ana.id)
    const mine = record({ after: 'de Ana' })
    log.append([mine])
    log.append([record({ after: 'de Luis', version: 2, tab: '', author: luis })])
    const applied = log.append([{ ...mine, version: 1 }])
    expect(log.current(1, 'planned')?.after).toBe('de Luis')
    expect(overwrittenChanges(applied, TAB, ana.id)).toEqual([{ meta: 1, column: 'planned', mine: 'de Ana', theirs: 'de Luis', author: luis }])
  })

  it('a later record written by someone who had seen this user’s value gives no notice', () => {
    const log = new EditLog(ana.id)
    log.append([record({ after: 'de Ana', version: 1 })])
    const applied = log.append([record({ before: 'de Ana', after: 'de Luis', version: 2, tab: '', author: luis })])
    expect(applied).toHaveLength(1)
    expect(overwrittenChanges(applied, TAB, ana.id)).toEqual([])
  })

  it('after a reload (a new tab), this account’s earlier values still count as its own', () => {
    const log = new EditLog(ana.id)
    log.append([record({ after: 'de Ana', version: 1, tab: 'pestaña anterior' })])
    const applied = log.append([record({ after: 'de Luis', version: 2, tab: '', author: luis })])
    expect(overwrittenChanges(applied, TAB, ana.id)).toEqual([expect.objectContaining({ mine: 'de Ana', theirs: 'de Luis', author: luis })])
  })

  it('undo and redo work on this account’s steps only, in the server’s order', () => {
    const log = new EditLog(ana.id)
    log.append([record({ step: 'a1', after: '1', version: 1 }), record({ step: 'l1', after: '2', version: 2, author: luis, tab: '' }), record({ step: 'a2', after: '3' })])
    // A step of Ana's from her other computer, ordered between: the stacks follow the server's order.
    log.append([record({ step: 'a0', after: '4', version: 3, tab: '' })])
    expect(log.stepHeaders().map((h) => h.step)).toEqual(['a1', 'a0', 'a2'])
    expect(undoRedoStacks(log.stepHeaders()).undo).toEqual(['a1', 'a0', 'a2'])
  })

  it('outside team mode every step is undoable, as before', () => {
    const log = new EditLog()
    log.append([record({ step: 'x', after: '1', author: undefined }), record({ step: 'y', after: '2', author: undefined, tab: 'otra' })])
    expect(log.stepHeaders().map((h) => h.step)).toEqual(['x', 'y'])
  })
})
