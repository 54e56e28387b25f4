/**
 * Drafts: time from commit to "saved" for one edit and for one review status, and time to open a
 * workspace whose log holds 10,000 edits (target under 1 s). Runs in Node over fake-indexeddb, so
 * the figures measure our code (log replay, report rebuild, parse) more than a browser's disk.
 */
import 'fake-indexeddb/auto'
import { DraftsDb } from '../../src/drafts/draftsDb'
import { IndexedDbBackend } from '../../src/drafts/indexedDbBackend'
import type { EditRecord, ReviewStatus } from '../../src/drafts/records'
import { importWorkspace, readWorkspace } from '../../src/drafts/workspaces'
import { WorkspaceSession } from '../../src/drafts/workspaceSession'
import type { ColumnKey } from '../../src/report/types'
import { seedBytes } from '../fixtures/seedReport'

const COMMITS = 300
const LOGGED_EDITS = 10_000

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function whenSaved(session: WorkspaceSession): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (session.getSnapshot().save.status !== 'saved') return
      stop()
      resolve()
    }
    const stop = session.subscribe(check)
    check()
  })
}

export default async function bench(): Promise<Record<string, number | string>> {
  const bytes = seedBytes()
  const name = `bench-drafts-${Date.now()}`
  const db = new DraftsDb(name)
  const imported = await importWorkspace(db, bytes, 'default-report.txt')
  if (!imported.ok) throw new Error(imported.error.message.en)
  const { hash } = imported.workspace
  const metaCount = imported.report.metas.length

  const session = await WorkspaceSession.open({ workspace: hash, original: imported.report, backend: new IndexedDbBackend(db), sync: false })
  const durations: number[] = []
  for (let i = 0; i < COMMITS; i++) {
    const start = performance.now()
    session.commit([{ meta: i % metaCount, column: 'achieved', after: String(1000 + i) }])
    await whenSaved(session)
    durations.push(performance.now() - start)
  }
  const statuses: ReviewStatus[] = ['reviewed', 'needsCorrection', 'approved']
  const reviewDurations: number[] = []
  for (let i = 0; i < COMMITS; i++) {
    const start = performance.now()
    session.setReviewStatus(i % metaCount, statuses[i % statuses.length]!, 'Bench')
    await whenSaved(session)
    reviewDurations.push(performance.now() - start)
  }
  session.close()
  durations.sort((a, b) => a - b)
  reviewDurations.sort((a, b) => a - b)

  // A long-lived workspace: 10,000 one-cell steps spread over every meta and several columns.
  const columns: ColumnKey[] = ['planned', 'achieved', 'result', 'contribution', 'description']
  const at = Date.now()
  const records = Array.from({ length: LOGGED_EDITS }, (_, i): Omit<EditRecord, 'id'> => ({
    workspace: hash,
    step: `bench-${i}`,
    kind: 'edit',
    tab: 'bench',
    meta: i % metaCount,
    column: columns[i % columns.length]!,
    before: '',
    after: `valor ${i}`,
    at: at + i,
  }))
  await db.edits.bulkAdd(records as EditRecord[])
  db.close()

  const start = performance.now()
  const reopenedDb = new DraftsDb(name)
  const opened = await readWorkspace(reopenedDb, hash)
  if (!opened) throw new Error('workspace vanished')
  const parsed = performance.now()
  const big = await WorkspaceSession.open({ workspace: hash, original: opened.report, backend: new IndexedDbBackend(reopenedDb), sync: false })
  const open = performance.now() - start
  const logged = big.history().length
  big.close()
  reopenedDb.close()

  return {
    'commit to saved p50 (ms)': percentile(durations, 50),
    'commit to saved p95 (ms)': percentile(durations, 95),
    'review status to saved p50 (ms)': percentile(reviewDurations, 50),
    'review status to saved p95 (ms)': percentile(reviewDurations, 95),
    'open workspace with 10,000 logged edits (ms)': open,
    '  of which reading and parsing the original (ms)': parsed - start,
    'records replayed': logged,
    'open under 1 s': open < 1000 ? 'yes' : 'NO',
  }
}
