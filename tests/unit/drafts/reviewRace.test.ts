import { describe, expect, it } from 'vitest'
import { DraftsDb } from '../../../src/drafts/draftsDb'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import { statusOf } from '../../../src/drafts/reviewBook'
import { openTabChannel } from '../../../src/drafts/tabSync'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { seedReport } from '../../fixtures/seedReport'
import { openSession, seededDrafts, whenShown } from './draftsFixture'

const seed = seedReport()

/** A backend whose review reads wait until the test lets them finish, to hold a tab mid-read. */
function heldReviewReads(db: DraftsDb) {
  const backend = new IndexedDbBackend(db)
  let release: () => void = () => undefined
  let started: () => void = () => undefined
  const reading = new Promise<void>((resolve) => (started = resolve))
  let hold = false
  const held = Object.assign(Object.create(backend) as IndexedDbBackend, {
    loadReviews: async (workspace: string) => {
      const rows = await backend.loadReviews(workspace)
      if (hold) {
        started()
        await new Promise<void>((resolve) => (release = resolve))
      }
      return rows
    },
  })
  return { held, holdNext: () => (hold = true), reading, release: () => release() }
}

/** This tab (its review reads can be held) and another tab on the same seeded workspace. */
async function twoTabs() {
  const { db, hash, name } = await seededDrafts()
  const reads = heldReviewReads(db)
  const mine = await WorkspaceSession.open({ workspace: hash, original: seed, backend: reads.held, sync: true })
  const other = await openSession(new DraftsDb(name), hash)
  return { db, hash, reads, mine, other }
}

/** The other tab announces its review change; `meanwhile` runs while this tab is reading it. */
async function announcedDuringRead(hash: string, reads: ReturnType<typeof heldReviewReads>, meanwhile: () => void): Promise<() => void> {
  reads.holdNext()
  const channel = openTabChannel(() => undefined)
  channel.post({ workspace: hash, what: 'reviews' })
  await reads.reading
  // The read began before this tab's change was written, so what it returns does not hold it.
  meanwhile()
  reads.release()
  return () => channel.close()
}

describe('review changes from two tabs at once', () => {
  it('a status set in this tab while another tab’s review change is being read stays visible, then both are kept', async () => {
    const { db, hash, reads, mine, other } = await twoTabs()
    other.setReviewStatus(3, 'needsCorrection', 'Luis Mora')
    await other.whenSaved()

    let setMine = false
    let hidden = 0
    mine.subscribe(() => {
      if (setMine && statusOf(mine.getSnapshot().reviews, 5) !== 'approved') hidden++
    })
    const done = await announcedDuringRead(hash, reads, () => {
      mine.setReviewStatus(5, 'approved', 'Ana Pérez')
      setMine = true
    })
    await whenShown(mine, (s) => statusOf(s.reviews, 3) === 'needsCorrection')
    await mine.whenSaved()
    done()

    expect(hidden).toBe(0)
    expect(statusOf(mine.getSnapshot().reviews, 5)).toBe('approved')
    expect(statusOf(mine.getSnapshot().reviews, 3)).toBe('needsCorrection')
    const stored = await db.reviews.where('workspace').equals(hash).toArray()
    expect(stored.map((r) => [r.meta, r.status]).sort()).toEqual([
      [3, 'needsCorrection'],
      [5, 'approved'],
    ])
    mine.close()
  })

  it('a comment written in this tab while another tab’s comment is being read appears once, after the other', async () => {
    const { hash, reads, mine, other } = await twoTabs()
    other.addComment(4, 'Falta el respaldo.', 'Luis Mora')
    await other.whenSaved()

    const done = await announcedDuringRead(hash, reads, () => mine.addComment(4, 'Respaldo subido.', 'Ana Pérez'))
    await whenShown(mine, (s) => (s.reviews.comments.get(4)?.length ?? 0) >= 2)
    expect(
      mine
        .getSnapshot()
        .reviews.comments.get(4)!
        .map((c) => c.text),
    ).toEqual(['Falta el respaldo.', 'Respaldo subido.'])
    await mine.whenSaved()
    done()
    expect(
      mine
        .getSnapshot()
        .reviews.comments.get(4)!
        .map((c) => c.text),
    ).toEqual(['Falta el respaldo.', 'Respaldo subido.'])
    mine.close()
  })
})
