import { vi } from 'vitest'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import type { Author } from '../../../src/drafts/records'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { Replicator } from '../../../src/sync/replicator'
import type { Network } from '../../../src/sync/network'
import type { RecordsApi } from '../../../src/sync/teamApi'
import { seedReport } from '../../fixtures/seedReport'
import { seededDrafts } from '../drafts/draftsFixture'

const seed = seedReport()

export const ana: Author = { id: 'a0000000-0000-4000-8000-000000000001', name: 'Ana Pérez' }
export const luis: Author = { id: 'a0000000-0000-4000-8000-000000000002', name: 'Luis Mora' }

/** A network whose connection the test switches, firing online/offline like the browser. */
export function switchableNetwork(): Network & { set(online: boolean): void } {
  let online = true
  const listeners = new Set<(online: boolean) => void>()
  return {
    online: () => online,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(value) {
      online = value
      for (const listener of listeners) listener(value)
    },
  }
}

/** Retries quickly, so tests wait milliseconds for what takes seconds in the browser. */
export const QUICK_BACKOFF = { base: 5, cap: 40, random: () => 0.5 }

export type TeamBrowser = Awaited<ReturnType<typeof openBrowser>>

/** One person's browser: its own IndexedDB with the seed imported, a team session and its replicator. */
export async function openBrowser(api: RecordsApi, account: Author) {
  const { db, hash } = await seededDrafts()
  const session = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(db), sync: false, account })
  const network = switchableNetwork()
  const replicator = new Replicator({ api, db, report: hash, session, network, backoff: QUICK_BACKOFF })
  await replicator.start()
  const cell = (meta: number, column: 'planned' | 'achieved' | 'result') => session.getSnapshot().report.metas[meta]!.cells[column]
  const sync = () => session.getSnapshot().save.sync
  const close = async () => {
    await replicator.stop()
    session.close()
    db.close()
  }
  return { db, hash, session, replicator, network, cell, sync, close }
}

/** Waits for a state the test can see, failing with what it waited for. */
export async function until(check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error(`timed out waiting for ${what}`)
    },
    { timeout: 2000, interval: 5 },
  )
}
