import { readFileSync } from 'node:fs'
import path from 'node:path'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import { openDrafts } from '../../../src/drafts/openDrafts'
import type { DraftsDb } from '../../../src/drafts/draftsDb'
import { importWorkspace } from '../../../src/drafts/workspaces'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { parseReport } from '../../../src/report/parseReport'
import type { Report } from '../../../src/report/types'

export const seedBytes = new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt')))
const parsed = parseReport(seedBytes, 'seed.txt')
if (!parsed.ok) throw new Error('the embedded report does not parse')
export const seed: Report = parsed.report

let dbCount = 0

/** A fresh drafts database (fake-indexeddb) with the seed imported as a workspace. */
export async function seededDrafts(onOutdated: () => void = () => undefined): Promise<{ db: DraftsDb; hash: string; name: string }> {
  const name = `drafts-test-${++dbCount}-${Date.now()}`
  const opening = await openDrafts(onOutdated, name)
  if (!opening.ok) throw new Error(`drafts db did not open: ${opening.problem}`)
  const imported = await importWorkspace(opening.db, seedBytes, 'seed.txt')
  if (!imported.ok) throw new Error('seed import failed')
  return { db: opening.db, hash: imported.workspace.hash, name }
}

/** Opens a session on the workspace as a tab would (sync off unless asked). */
export function openSession(db: DraftsDb, hash: string, sync = false): Promise<WorkspaceSession> {
  return WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(db), sync })
}

/** Resolves once every change the session has shown is written. */
export async function saved(session: WorkspaceSession): Promise<void> {
  for (let i = 0; i < 200 && session.getSnapshot().save.status !== 'saved'; i++) await new Promise((r) => setTimeout(r, 5))
  if (session.getSnapshot().save.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(session.getSnapshot().save)}`)
}

/** The workspace's IndexedDB backend, refusing writes with a full disk while `refuse()` says so. */
export function backendRefusingWhen(db: DraftsDb, refuse: () => boolean): IndexedDbBackend {
  const backend = new IndexedDbBackend(db)
  return Object.assign(Object.create(backend) as IndexedDbBackend, {
    appendEdits: (...args: Parameters<IndexedDbBackend['appendEdits']>) =>
      refuse() ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : backend.appendEdits(...args),
  })
}
