/** The seed report shared on a test server, and records a browser would push for it. */
import { randomUUID } from 'node:crypto'
import type { PushedRecord } from '../../src/report/team/teamRecord'
import type { ColumnKey } from '../../src/report/types'
import type { Db } from '../../src/server/db/database'
import { shareReport } from '../../src/server/reports/shareReport'
import { seedBytes, seedReport } from '../fixtures/seedReport'

export const seed = seedReport()

/** Shares the seed as the server does at start; answers its id. */
export async function shareSeed(db: Db): Promise<string> {
  const shared = await shareReport(db, seedBytes(), 'default-report.txt', null)
  if (!('report' in shared)) throw new Error(shared.error.message.en)
  return shared.report.id
}

/** An edit of one cell of the seed, as the grid makes it. */
export const seedEdit = (meta: number, after: string, column: ColumnKey = 'achieved'): PushedRecord => ({
  uid: randomUUID(),
  kind: 'edit',
  meta,
  at: Date.now(),
  data: { column, before: seed.metas[meta]!.cells[column], after, step: randomUUID(), stepKind: 'edit' },
})

/** A review step of one meta (a reason when returning it for correction). */
export const seedReview = (meta: number, status: string, reason?: string): PushedRecord => ({
  uid: randomUUID(),
  kind: 'review',
  meta,
  at: Date.now(),
  data: reason === undefined ? { status } : { status, reason },
})

/** An assignment of one meta to a unit (its id; '' for none), as planning makes it. */
export const seedAssign = (meta: number, unit: string): PushedRecord => ({ uid: randomUUID(), kind: 'assign', meta, at: Date.now(), data: { unit } })
