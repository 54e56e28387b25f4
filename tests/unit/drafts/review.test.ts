import { describe, expect, it } from 'vitest'
import { DraftsDb } from '../../../src/drafts/draftsDb'
import { reviewProgress, statusOf } from '../../../src/drafts/reviewBook'
import { seedReport } from '../../fixtures/seedReport'
import { openSession, seededDrafts } from './draftsFixture'

const seed = seedReport()

describe('review state per meta', () => {
  it('statuses, comment threads and acknowledged findings are kept in the workspace and reload with it', async () => {
    const { db, hash, name } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.setReviewStatus(0, 'reviewed', 'Ana Pérez')
    tab.setReviewStatus(1, 'needsCorrection', 'Ana Pérez')
    tab.setReviewStatus(1, 'approved', 'Luis Mora')
    tab.addComment(1, '  El total cumplido no cuadra.  ', 'Ana Pérez')
    tab.addComment(1, 'Corregido con la dirección.', 'Luis Mora')
    tab.addComment(1, '   ', 'Luis Mora')
    tab.acknowledgeFinding(2, 'percentMismatch', 'percent', 'Redondeo del sistema de origen', 'Ana Pérez')
    await tab.whenSaved()
    tab.close()
    db.close()

    const reloaded = await openSession(new DraftsDb(name), hash)
    const { reviews } = reloaded.getSnapshot()
    expect(statusOf(reviews, 0)).toBe('reviewed')
    expect(statusOf(reviews, 1)).toBe('approved')
    expect(reviews.statuses.get(1)!.author).toBe('Luis Mora')
    expect(statusOf(reviews, 2)).toBe('unreviewed')
    expect(reviews.comments.get(1)!.map((c) => [c.author, c.text])).toEqual([
      ['Ana Pérez', 'El total cumplido no cuadra.'],
      ['Luis Mora', 'Corregido con la dirección.'],
    ])
    expect(reviews.comments.get(1)!.every((c) => c.at > 0)).toBe(true)
    expect([...reviews.acknowledgements.values()].map((a) => [a.meta, a.rule, a.column, a.reason])).toEqual([[2, 'percentMismatch', 'percent', 'Redondeo del sistema de origen']])
    expect(reviewProgress(reviews, seed.metas.length)).toEqual({ reviewed: 2, total: seed.metas.length })
  })

  it('withdrawing an acknowledgement removes it for good', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.acknowledgeFinding(3, 'requiredEmpty', '', 'Meta sin indicador por diseño', 'Ana')
    tab.withdrawAcknowledgement(3, 'requiredEmpty', '')
    await tab.whenSaved()
    expect(tab.getSnapshot().reviews.acknowledgements.size).toBe(0)
    expect(await db.acknowledgements.count()).toBe(0)
  })

  it('setting a meta back to "sin revisar" takes it out of the progress', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.setReviewStatus(4, 'reviewed', 'Ana')
    tab.setReviewStatus(4, 'unreviewed', 'Ana')
    expect(reviewProgress(tab.getSnapshot().reviews, seed.metas.length).reviewed).toBe(0)
  })
})
