import { readFileSync } from 'node:fs'
import path from 'node:path'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import { openDrafts } from '../../../src/drafts/openDrafts'
import type { DraftsDb } from '../../../src/drafts/draftsDb'
import type { AcknowledgementRecord, CommentRecord, EditRecord, ReviewRecord, SavedViewRecord, WorkspaceRecord } from '../../../src/drafts/records'
import { importWorkspace } from '../../../src/drafts/workspaces'
import type { DraftsSnapshot } from '../../../src/drafts/sessionSnapshot'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { expect } from 'vitest'
import { seedBytes, seedReport } from '../../fixtures/seedReport'

let dbCount = 0

/** A fresh drafts database (fake-indexeddb) with the seed imported as a workspace. */
export async function seededDrafts(onOutdated: () => void = () => undefined): Promise<{ db: DraftsDb; hash: string; name: string }> {
  const name = `drafts-test-${++dbCount}-${Date.now()}`
  const opening = await openDrafts(onOutdated, name)
  if (!opening.ok) throw new Error(`drafts db did not open: ${opening.problem}`)
  const imported = await importWorkspace(opening.db, seedBytes(), 'seed.txt')
  if (!imported.ok) throw new Error('seed import failed')
  return { db: opening.db, hash: imported.workspace.hash, name }
}

/** The stores of a drafts database as a stored fixture (tests/unit/drafts/fixtures) holds them. */
export interface StoredDrafts {
  workspaces: WorkspaceRecord[]
  edits: EditRecord[]
  reviews: ReviewRecord[]
  comments: CommentRecord[]
  acknowledgements: AcknowledgementRecord[]
  views: SavedViewRecord[]
}

/** A stored fixture, read from tests/unit/drafts/fixtures. */
export function storedFixture(file: string): StoredDrafts {
  return JSON.parse(readFileSync(path.resolve(process.cwd(), 'tests/unit/drafts/fixtures', file), 'utf8')) as StoredDrafts
}

/** Opens a database an older version wrote, as the current version does (upgrading it). */
export async function migratedDrafts(name: string): Promise<DraftsDb> {
  const opening = await openDrafts(() => undefined, name)
  if (!opening.ok) throw new Error(opening.problem)
  return opening.db
}

/** Opens a session on the workspace as a tab would (sync off unless asked). */
export function openSession(db: DraftsDb, hash: string, sync = false): Promise<WorkspaceSession> {
  return WorkspaceSession.open({ workspace: hash, original: seedReport(), backend: new IndexedDbBackend(db), sync })
}

/** Resolves once the session shows a snapshot `ready` accepts: at once if it already does, else on its next change that does. */
export function whenShown(session: WorkspaceSession, ready: (snapshot: DraftsSnapshot) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!ready(session.getSnapshot())) return
      stop()
      resolve()
    }
    const stop = session.subscribe(check)
    check()
  })
}

/** The workspace's IndexedDB backend, refusing writes with a full disk while `refuse()` says so. */
export function backendRefusingWhen(db: DraftsDb, refuse: () => boolean): IndexedDbBackend {
  const backend = new IndexedDbBackend(db)
  return Object.assign(Object.create(backend) as IndexedDbBackend, {
    appendEdits: (...args: Parameters<IndexedDbBackend['appendEdits']>) =>
      refuse() ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : backend.appendEdits(...args),
  })
}

/** A stored fixture's edits start from the seed's texts: each cell's first `before` is the seed's. */
export function expectEditsStartFromSeed(edits: readonly { meta: number; column: string; before: string }[]): void {
  const first = new Map<string, string>()
  for (const e of edits) if (!first.has(`${e.meta}:${e.column}`)) first.set(`${e.meta}:${e.column}`, e.before)
  for (const [key, before] of first) {
    const [meta, column] = key.split(':') as [string, 'achieved']
    expect(seedReport().metas[Number(meta)]!.cells[column]).toBe(before)
  }
}
