import { describe, expect, it } from 'vitest'
import { foldAssignments } from '../../../src/drafts/assignments'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import type { Author } from '../../../src/drafts/records'
import { acknowledge, storePulled, unsyncedBatch } from '../../../src/drafts/teamLog'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { DraftsDb } from '../../../src/drafts/draftsDb'
import type { TeamRecord } from '../../../src/report/team/teamRecord'
import { seedReport } from '../../fixtures/seedReport'
import { seededDrafts } from './draftsFixture'

const planning: Author = { id: 'pla-1', name: 'Paula Andrade' }
const other: Author = { id: 'pla-2', name: 'Mario Vélez' }
const SALUD = 'unidad-salud'
const AMBIENTE = 'unidad-ambiente'

const openAs = (db: DraftsDb, hash: string, account: Author) =>
  WorkspaceSession.open({ workspace: hash, original: seedReport(), backend: new IndexedDbBackend(db), sync: false, account })

let version = 0
const pulled = (meta: number, unit: string, author = other): TeamRecord => ({
  uid: crypto.randomUUID(),
  kind: 'assign',
  meta,
  at: Date.now(),
  data: { unit },
  version: ++version,
  author,
  serverAt: Date.now(),
})

describe('the unit of each meta, folded from its assign records', () => {
  it('the record the server ordered last decides, whatever order the browser holds them in', () => {
    const units = foldAssignments([
      { id: 1, version: 7, meta: 0, data: { unit: AMBIENTE } },
      { id: 2, version: 3, meta: 0, data: { unit: SALUD } },
      { id: 3, version: 4, meta: 1, data: { unit: SALUD } },
    ])
    expect([...units]).toEqual([
      [0, AMBIENTE],
      [1, SALUD],
    ])
  })

  it('this browser’s record not yet pushed shows over the server’s, and an empty unit takes the meta away from any unit', () => {
    const units = foldAssignments([
      { id: 1, version: 9, meta: 0, data: { unit: SALUD } },
      { id: 2, meta: 0, data: { unit: AMBIENTE } },
      { id: 3, version: 2, meta: 1, data: { unit: SALUD } },
      { id: 4, version: 5, meta: 1, data: { unit: '' } },
    ])
    expect([...units]).toEqual([[0, AMBIENTE]])
  })
})

describe('planning assigns metas in team mode', () => {
  it('one assign record per meta whose unit changes is kept in the drafts log, pushed like the other review records, and reloads with the workspace', async () => {
    const { db, hash, name } = await seededDrafts()
    const tab = await openAs(db, hash, planning)
    expect(tab.assign([0, 1, 2].map((meta) => ({ meta, unit: SALUD })))).toBe(3)
    // Meta 1 already is Salud's: only meta 3 changes.
    expect(tab.assign([1, 3].map((meta) => ({ meta, unit: SALUD })))).toBe(1)
    expect([...tab.getSnapshot().reviews.units.keys()]).toEqual([0, 1, 2, 3])
    await tab.whenSaved()

    const batch = await unsyncedBatch(db, hash, planning.id, 0, 100)
    expect(batch.records.map((r) => [r.kind, r.meta, r.data])).toEqual([0, 1, 2, 3].map((meta) => ['assign', meta, { unit: SALUD }]))
    await acknowledge(
      db,
      hash,
      batch.records.map((r, i) => ({ uid: r.uid, version: 100 + i })),
      planning,
    )
    expect((await unsyncedBatch(db, hash, planning.id, 0, 100)).records).toEqual([])
    tab.close()
    db.close()

    const reloaded = await openAs(new DraftsDb(name), hash, planning)
    expect([...reloaded.getSnapshot().reviews.units]).toEqual([0, 1, 2, 3].map((meta) => [meta, SALUD]))
  })

  it('assignments someone else made arrive with the pull and show as the meta’s unit', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openAs(db, hash, planning)
    tab.assign([{ meta: 5, unit: SALUD }])
    await tab.whenSaved()
    const change = await storePulled(db, hash, [pulled(4, AMBIENTE), pulled(6, AMBIENTE), pulled(6, '')])
    await tab.absorbStored(change)
    expect([...tab.getSnapshot().reviews.units].sort((a, b) => a[0] - b[0])).toEqual([
      [4, AMBIENTE],
      [5, SALUD],
    ])
  })
})
