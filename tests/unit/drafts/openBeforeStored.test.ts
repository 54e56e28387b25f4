import { afterEach, describe, expect, it, vi } from 'vitest'
import { openWorkspace } from '../../../src/ui/session/openWorkspace'
import type { DraftsDb } from '../../../src/drafts/draftsDb'
import { openDrafts } from '../../../src/drafts/openDrafts'
import { contentHash, listWorkspaces, readWorkspace, workspaceExists } from '../../../src/drafts/workspaces'
import type { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { seedBytes, seedReport } from '../../fixtures/seedReport'
import { whenShown } from './draftsFixture'

const seed = seedReport()

let dbCount = 0

/** A browser that has never opened the app: an empty drafts database, the embedded report served as the seed. */
async function freshBrowser(): Promise<DraftsDb> {
  vi.stubGlobal('fetch', async () => new Response(seedBytes().slice()))
  const opening = await openDrafts(() => undefined, `drafts-fresh-${++dbCount}-${Date.now()}`)
  if (!opening.ok) throw new Error(`drafts db did not open: ${opening.problem}`)
  return opening.db
}

async function openFresh(db: DraftsDb): Promise<WorkspaceSession> {
  const opened = await openWorkspace(db, null, { hash: null })
  if (!opened.ok) throw new Error('the embedded report did not open')
  return opened.session
}

const firstNo = seed.metas[0]!.cells.no

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('the embedded report on a fresh browser opens before it is stored', () => {
  it('shows "saving" until the page has shown it and it is stored, then lists it and reopens from storage', async () => {
    const db = await freshBrowser()
    const session = await openFresh(db)
    const hash = await contentHash(seedBytes())
    expect(session.workspace).toBe(hash)
    expect(session.original.metas).toHaveLength(seed.metas.length)
    expect(session.getSnapshot().save.status).toBe('saving')
    expect(await workspaceExists(db, hash)).toBe(false)

    session.shown()
    await session.whenSaved()
    expect((await listWorkspaces(db)).map((w) => w.hash)).toEqual([hash])
    expect((await readWorkspace(db, hash))?.report.metas).toEqual(seed.metas)
    session.close()
  })

  it('an edit made before the report is stored is written after it and is there on reload', async () => {
    const db = await freshBrowser()
    const session = await openFresh(db)
    session.commit([{ meta: 0, column: 'no', after: `${firstNo}9` }])
    await session.whenSaved()
    session.close()

    const reloaded = await openFresh(db)
    expect(reloaded.workspace).toBe(session.workspace)
    expect(reloaded.getSnapshot().report.metas[0]!.cells.no).toBe(`${firstNo}9`)
    expect(reloaded.getSnapshot().save.status).toBe('saved')
    reloaded.close()
  })

  it('when storage is full the report and the edit stay unsaved, and trying again stores both', async () => {
    const db = await freshBrowser()
    const put = vi.spyOn(db.originals, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'))
    const session = await openFresh(db)
    session.shown()
    session.commit([{ meta: 0, column: 'no', after: `${firstNo}9` }])
    await whenShown(session, (s) => s.save.status === 'unsaved')
    expect(session.getSnapshot().save).toMatchObject({ status: 'unsaved', problem: 'quota', unsaved: 1 })
    expect(await workspaceExists(db, session.workspace)).toBe(false)
    // Nothing was written for a workspace that is not stored.
    expect(await db.edits.count()).toBe(0)

    session.retry()
    await session.whenSaved()
    expect(put).toHaveBeenCalledTimes(2)
    session.close()
    const reloaded = await openFresh(db)
    expect(reloaded.getSnapshot().report.metas[0]!.cells.no).toBe(`${firstNo}9`)
    reloaded.close()
  })
})
