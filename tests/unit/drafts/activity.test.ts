import { afterEach, describe, expect, test, vi } from 'vitest'
import { activityEntries } from '../../../src/drafts/activity'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
const T0 = new Date(2026, 11, 1, 9, 0).getTime()

afterEach(() => {
  vi.useRealTimers()
})

/** A session over the seed whose clock the test moves one minute per change. */
function session() {
  vi.useFakeTimers({ toFake: ['Date'] })
  let minute = 0
  const tick = () => vi.setSystemTime(T0 + ++minute * 60_000)
  return { session: WorkspaceSession.inMemory(seed), tick }
}

const read = async (s: WorkspaceSession) => activityEntries(s.history(), await s.reviewLog())

describe('the report’s activity', () => {
  test('edits and review changes come in the order they were made, each status saying what it replaced', async () => {
    const { session: s, tick } = session()
    const planned = seed.metas[3]!.cells.planned
    tick()
    s.commit([{ meta: 3, column: 'planned', after: '12' }])
    tick()
    s.setReviewStatus(3, 'reviewed', 'Ana')
    tick()
    s.addComment(3, '  Revise el total  ', 'Ana')
    tick()
    s.undo()
    tick()
    s.setReviewStatus(3, 'approved', 'Ana')
    const entries = await read(s)
    expect(entries.map((e) => [e.kind, e.at])).toEqual([
      ['edit', T0 + 60_000],
      ['status', T0 + 120_000],
      ['comment', T0 + 180_000],
      ['edit', T0 + 240_000],
      ['status', T0 + 300_000],
    ])
    expect(entries[0]).toMatchObject({ kind: 'edit', step: 'edit', column: 'planned', before: planned, after: '12', author: null, by: '' })
    expect(entries[1]).toMatchObject({ before: 'unreviewed', after: 'reviewed', by: 'Ana' })
    expect(entries[2]).toMatchObject({ text: 'Revise el total' })
    expect(entries[3]).toMatchObject({ step: 'undo', before: '12', after: planned })
    expect(entries[4]).toMatchObject({ before: 'reviewed', after: 'approved' })
  })

  test('what the server ordered comes first, by its version, whatever the clocks said; then what waits, by time', () => {
    const edit = (at: number, version?: number) => ({
      workspace: 'w',
      step: `s${at}`,
      kind: 'edit' as const,
      tab: '',
      meta: 0,
      column: 'planned' as const,
      before: '',
      after: String(at),
      at,
      ...(version === undefined ? {} : { version, author: { id: 'x', name: 'X' } }),
    })
    const review = (at: number, status: string, version?: number) => ({
      uid: `r${at}`,
      workspace: 'w',
      kind: 'review' as const,
      meta: 0,
      target: 'status:0',
      data: { status },
      by: 'Y',
      at,
      ...(version === undefined ? {} : { version }),
    })
    const entries = activityEntries([edit(50, 2), edit(10), edit(90, 3)], [review(80, 'reviewed', 1), review(5, 'approved')])
    expect(entries.map((e) => e.at)).toEqual([80, 50, 90, 5, 10])
    expect(entries.find((e) => e.at === 5)).toMatchObject({ kind: 'status', before: 'reviewed', after: 'approved' })
  })
})
