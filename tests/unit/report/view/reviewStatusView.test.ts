import { describe, expect, test } from 'vitest'
import { computeView, statusCounts } from '../../../../src/report/view/computeView'
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../../../src/report/view/viewSpec'
import { seedReport } from '../../../fixtures/seedReport'

const seed = seedReport()
const stored = new Map<number, string>([
  [2, 'approved'],
  [4, 'needsCorrection'],
  [6, 'reviewed'],
])
// As the session answers: the stored status, or unreviewed for a meta nobody has reviewed.
const context = { reviewStatus: (id: number) => stored.get(id) ?? 'unreviewed' }

describe('review status in the view', () => {
  test('sorting by review status follows the workflow (unreviewed, reviewed, needs correction, approved), then report order', () => {
    const rows = computeView(seed, { ...DEFAULT_VIEW, sort: [{ column: 'reviewStatus', desc: false }] }, context)
    expect(rows.slice(-3).map((m) => m.id)).toEqual([6, 4, 2])
    expect(rows).toHaveLength(seed.metas.length)
  })

  test('status counts cover every meta, ignore the status filter itself ', () => {
    const counts = statusCounts(seed, { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, reviewStatus: ['approved'] } }, context)
    expect(counts.get('unreviewed')).toBe(seed.metas.length - 3)
    expect(counts.get('approved')).toBe(1)
    expect(counts.get('reviewed')).toBe(1)
  })

  test('without any stored review (no session, e.g. in the command line) every meta counts as unreviewed', () => {
    expect([...statusCounts(seed, DEFAULT_VIEW)]).toEqual([['unreviewed', seed.metas.length]])
  })
})
