import { originalBytes } from '../../../src/drafts/originalBytes'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DRAFTS_DB_VERSION, V1_STORES } from '../../../src/drafts/draftsDb'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import { openDrafts } from '../../../src/drafts/openDrafts'
import type { EditRecord } from '../../../src/drafts/records'
import { contentHash, listWorkspaces, readWorkspace } from '../../../src/drafts/workspaces'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { seedBytes, seedReport } from '../../fixtures/seedReport'

const seed = seedReport()

interface V1Fixture {
  workspaces: { hash: string; fileName: string }[]
  edits: (Omit<EditRecord, 'kind' | 'tab' | 'target'> & { kind?: never })[]
}

const fixture = JSON.parse(readFileSync(path.resolve(process.cwd(), 'tests/unit/drafts/fixtures/drafts-v1.json'), 'utf8')) as V1Fixture

/** Writes the fixture the way version 1 of the app did: its schema only, the original bytes from the seed. */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name)
  v1.version(1).stores(V1_STORES)
  await v1.table('workspaces').bulkAdd(fixture.workspaces.map((w) => ({ ...w, bytes: seedBytes() })))
  await v1.table('edits').bulkAdd(fixture.edits)
  v1.close()
}

describe('a database written by version 1', () => {
  it('the fixture names the embedded report by its content hash', async () => {
    expect(fixture.workspaces[0]!.hash).toBe(await contentHash(seedBytes()))
    expect(DRAFTS_DB_VERSION).toBeGreaterThan(1)
  })

  it('opens in the current version with every workspace and edit, and the edits replay over the original', async () => {
    const name = `drafts-v1-${Date.now()}`
    await writeVersion1(name)
    const opening = await openDrafts(() => undefined, name)
    if (!opening.ok) throw new Error(opening.problem)
    expect(opening.db.verno).toBe(DRAFTS_DB_VERSION)
    expect((await listWorkspaces(opening.db)).map((w) => w.hash)).toEqual([fixture.workspaces[0]!.hash])
    // Version 4 moved the original out of the workspace record into its own store.
    expect((await opening.db.workspaces.toArray())[0]).not.toHaveProperty('bytes')
    expect(Buffer.from(await originalBytes((await opening.db.originals.get(fixture.workspaces[0]!.hash))!)).equals(seedBytes())).toBe(true)
    expect((await readWorkspace(opening.db, fixture.workspaces[0]!.hash))?.report.metas).toEqual(seed.metas)
    const migrated = await opening.db.edits.toArray()
    expect(migrated).toHaveLength(fixture.edits.length)
    expect(migrated.every((r) => r.kind === 'edit' && r.tab === '')).toBe(true)

    const hash = fixture.workspaces[0]!.hash
    const session = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(opening.db), sync: false })
    const last = new Map(fixture.edits.map((e) => [`${e.meta}:${e.column}`, e.after]))
    for (const [key, after] of last) {
      const [meta, column] = key.split(':') as [string, 'achieved']
      expect(session.getSnapshot().report.metas[Number(meta)]!.cells[column]).toBe(after)
    }
    expect(session.changes()).toHaveLength(last.size)

    // Version 1's steps are undo steps now: the last undo takes back step c, the next the pasted block b.
    session.undo()
    expect(session.getSnapshot().report.metas[4]!.cells.achieved).toBe('45.000')
    session.undo()
    expect(session.getSnapshot().report.metas[10]!.cells.achieved).toBe(seed.metas[10]!.cells.achieved)
    expect(session.getSnapshot().report.metas[11]!.cells.achieved).toBe(seed.metas[11]!.cells.achieved)
    await session.whenSaved()
    expect(await opening.db.edits.count()).toBe(fixture.edits.length + 3)
  })

  it('the fixture cells held the "before" texts in the original report', () => {
    const firstBefore = new Map<string, string>()
    for (const e of fixture.edits) if (!firstBefore.has(`${e.meta}:${e.column}`)) firstBefore.set(`${e.meta}:${e.column}`, e.before)
    for (const [key, before] of firstBefore) {
      const [meta, column] = key.split(':') as [string, 'achieved']
      expect(seed.metas[Number(meta)]!.cells[column]).toBe(before)
    }
  })
})
