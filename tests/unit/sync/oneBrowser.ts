import { expect } from 'vitest'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import type { Author } from '../../../src/drafts/records'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { Replicator } from '../../../src/sync/replicator'
import { createTeamApi } from '../../../src/sync/teamApi'
import { seedReport } from '../../fixtures/seedReport'
import { PASSWORD, shareSeed, type InProcessServer } from '../../component/team/inProcessServer'
import { seededDrafts } from '../drafts/draftsFixture'
import { QUICK_BACKOFF, switchableNetwork } from './teamBrowsers'

const seed = seedReport()

/**
 * One browser (one IndexedDB, one cookie) on the real server: whoever signs in opens the shared
 * report as the app does, with a session stamped with the account and its replicator. What it opens
 * is closed by the functions it pushes on `closing`.
 */
export async function oneBrowser(server: InProcessServer, closing: (() => Promise<void>)[]) {
  const api = createTeamApi()
  const { db, hash } = await seededDrafts()
  expect(await shareSeed(server)).toBe(hash)
  closing.push(async () => db.close())
  const signIn = async (email: string): Promise<Author> => {
    const signedIn = await api.signIn(email, PASSWORD)
    if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.error.en}`)
    return { id: signedIn.value.id, name: signedIn.value.name }
  }
  const open = async (account: Author, online = true) => {
    const session = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(db), sync: false, account })
    const network = switchableNetwork()
    network.set(online)
    const replicator = new Replicator({ api, db, report: hash, session, network, backoff: QUICK_BACKOFF })
    await replicator.start()
    const close = async () => {
      await replicator.stop()
      session.close()
    }
    closing.push(close)
    return { session, network, close, sync: () => session.getSnapshot().save.sync }
  }
  const signOut = async () => void (await api.signOut())
  return { db, signIn, open, signOut }
}
