import type { AcknowledgementRecord, CommentRecord, ReviewRecord, ReviewStatus } from './records'

export interface ReviewProgress {
  /** Metas whose status is anything but "sin revisar". */
  readonly reviewed: number
  readonly total: number
}

export function acknowledgementKey(meta: number, rule: string, column: string): string {
  return `${meta}:${rule}:${column}`
}

/** The review state of one workspace as loaded: status per meta, comment threads, acknowledged findings, units. */
export interface ReviewBook {
  readonly statuses: ReadonlyMap<number, ReviewRecord>
  readonly comments: ReadonlyMap<number, readonly CommentRecord[]>
  readonly acknowledgements: ReadonlyMap<string, AcknowledgementRecord>
  /** Team mode: the id of the unit each meta is assigned to (a meta absent here is no unit's). */
  readonly units: ReadonlyMap<number, string>
}

export const EMPTY_REVIEW_BOOK: ReviewBook = { statuses: new Map(), comments: new Map(), acknowledgements: new Map(), units: new Map() }

export function statusOf(book: ReviewBook, meta: number): ReviewStatus {
  return book.statuses.get(meta)?.status ?? 'unreviewed'
}

export function reviewProgress(book: ReviewBook, metaCount: number): ReviewProgress {
  let reviewed = 0
  for (const [meta, review] of book.statuses) if (meta < metaCount && review.status !== 'unreviewed') reviewed++
  return { reviewed, total: metaCount }
}

export function withStatuses(book: ReviewBook, reviews: readonly ReviewRecord[]): ReviewBook {
  return { ...book, statuses: new Map(reviews.map((r) => [r.meta, r])) }
}

export function withStatus(book: ReviewBook, review: ReviewRecord): ReviewBook {
  const statuses = new Map(book.statuses)
  statuses.set(review.meta, review)
  return { ...book, statuses }
}

/** Threads in the server's order, then this browser's unsynced comments in the order they were written. */
export function withComments(book: ReviewBook, comments: readonly CommentRecord[]): ReviewBook {
  const threads = new Map<number, CommentRecord[]>()
  for (const c of comments) {
    const thread = threads.get(c.meta)
    if (thread) thread.push(c)
    else threads.set(c.meta, [c])
  }
  for (const thread of threads.values()) thread.sort((a, b) => (a.version ?? Infinity) - (b.version ?? Infinity) || a.at - b.at || a.id - b.id)
  return { ...book, comments: threads }
}

export function withUnits(book: ReviewBook, units: ReadonlyMap<number, string>): ReviewBook {
  return { ...book, units }
}

export function withAcknowledgements(book: ReviewBook, acks: readonly AcknowledgementRecord[]): ReviewBook {
  return { ...book, acknowledgements: new Map(acks.map((a) => [acknowledgementKey(a.meta, a.rule, a.column), a])) }
}
