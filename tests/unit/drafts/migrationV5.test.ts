import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DRAFTS_DB_VERSION, V5_STORES } from '../../../src/drafts/draftsDb'
import { listTemplates, putTemplates } from '../../../src/drafts/mappingTemplates'
import { readWorkspace } from '../../../src/drafts/workspaces'
import type { MappingTemplate } from '../../../src/report/mapping/mappingTemplate'
import { NO_COLUMNS } from '../../../src/report/mapping/proposeMapping'
import { seedBytes, seedReport } from '../../fixtures/seedReport'
import { migratedDrafts, openSession, storedFixture } from './draftsFixture'

const fixture = storedFixture('drafts-v4.json')
const hash = fixture.workspaces[0]!.hash
/** A review record and a replication cursor as version 5 stores them (team mode). */
const REVIEW_LOG = [
  {
    id: 1,
    workspace: hash,
    uid: '0b6f1c1e-8d63-4d5e-9a51-2f1f0e1d2c3b',
    kind: 'review',
    target: '8',
    meta: 8,
    status: 'approved',
    by: 'Ana Pérez',
    at: 1_700_000_000_000,
    unsynced: 1,
  },
]
const SYNC_STATE = [{ workspace: hash, cursor: 12 }]

let count = 0

/** Writes the fixture the way version 5 of the app did (its schema only), then opens it in the current version. */
async function migrated() {
  const name = `drafts-v5-${Date.now()}-${++count}`
  const v5 = new Dexie(name)
  v5.version(5).stores(V5_STORES)
  await v5.table('workspaces').bulkAdd(fixture.workspaces)
  await v5.table('originals').add({ hash, bytes: seedBytes() })
  for (const store of ['edits', 'reviews', 'comments', 'acknowledgements', 'views'] as const) await v5.table(store).bulkAdd(fixture[store])
  await v5.table('reviewLog').bulkAdd(REVIEW_LOG)
  await v5.table('syncState').bulkAdd(SYNC_STATE)
  v5.close()
  return migratedDrafts(name)
}

const template: MappingTemplate = {
  signature: 'meta poa|numero',
  labels: ['Meta POA', 'N.º'],
  headerRows: 1,
  columns: { ...NO_COLUMNS(), description: 0, no: 1 },
  percentScale: 'points',
  savedAt: 1_700_000_000_000,
}

describe('a database written by version 5', () => {
  it('keeps every store as it was, and has an empty store for column templates that takes one', async () => {
    const db = await migrated()
    expect(db.verno).toBe(DRAFTS_DB_VERSION)
    expect(await db.workspaces.toArray()).toEqual(fixture.workspaces)
    expect(await db.edits.toArray()).toEqual(fixture.edits)
    expect(await db.reviews.toArray()).toEqual(fixture.reviews)
    expect(await db.comments.toArray()).toEqual(fixture.comments)
    expect(await db.acknowledgements.toArray()).toEqual(fixture.acknowledgements)
    expect(await db.views.toArray()).toEqual(fixture.views)
    expect(await db.reviewLog.toArray()).toEqual(REVIEW_LOG)
    expect(await db.syncState.toArray()).toEqual(SYNC_STATE)
    expect(await listTemplates(db)).toEqual([])
    await putTemplates(db, [template])
    expect(await listTemplates(db)).toEqual([template])
    db.close()
  })

  it('opens its workspace (read by header names, no mapping) with the same drafts', async () => {
    const db = await migrated()
    const opened = await readWorkspace(db, hash)
    expect(opened?.report.metas.map((m) => m.cells)).toEqual(seedReport().metas.map((m) => m.cells))
    const session = await openSession(db, hash)
    expect(session.getSnapshot().report.metas[4]!.cells.achieved).toBe('45.000')
    session.close()
    db.close()
  })
})
