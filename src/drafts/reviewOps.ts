import type { DraftsBackend } from './draftsBackend'
import type { AcknowledgementRecord, CommentRecord, ReviewRecord } from './records'
import * as book from './reviewBook'

/** One change to the review state, queued until written. */
export type ReviewOp =
  | { readonly kind: 'status'; readonly record: ReviewRecord }
  | { readonly kind: 'comment'; readonly record: Omit<CommentRecord, 'id'> }
  | { readonly kind: 'acknowledge'; readonly record: AcknowledgementRecord }
  | { readonly kind: 'withdraw'; readonly workspace: string; readonly meta: number; readonly rule: string; readonly column: string }

export function writeReviewOp(backend: DraftsBackend, op: ReviewOp): Promise<void> {
  switch (op.kind) {
    case 'status':
      return backend.putReview(op.record)
    case 'comment':
      return backend.addComment(op.record)
    case 'acknowledge':
      return backend.putAcknowledgement(op.record)
    case 'withdraw':
      return backend.deleteAcknowledgement(op.workspace, op.meta, op.rule, op.column)
  }
}

/** A workspace's review state as storage holds it. */
export async function readReviewBook(backend: DraftsBackend, workspace: string): Promise<book.ReviewBook> {
  const [statuses, comments, acks] = await Promise.all([
    backend.loadReviews(workspace),
    backend.loadComments(workspace),
    backend.loadAcknowledgements(workspace),
  ])
  return book.withAcknowledgements(book.withComments(book.withStatuses(book.EMPTY_REVIEW_BOOK, statuses), comments), acks)
}

/** Review changes as a user counts them: a meta's status or a finding's acknowledgement once however often changed, each comment. */
export function countReviewChanges(ops: readonly ReviewOp[]): number {
  const targets = new Set<string>()
  let comments = 0
  for (const op of ops) {
    if (op.kind === 'comment') comments++
    else if (op.kind === 'status') targets.add(`status:${op.record.meta}`)
    else {
      const { meta, rule, column } = op.kind === 'acknowledge' ? op.record : op
      targets.add(`ack:${book.acknowledgementKey(meta, rule, column)}`)
    }
  }
  return targets.size + comments
}

/**
 * The review state as this tab shows it: what storage holds plus the changes not yet written.
 * Pending comments get negative ids until IndexedDB gives them real ones.
 */
export function applyReviewOps(reviews: book.ReviewBook, ops: readonly ReviewOp[]): book.ReviewBook {
  let result = reviews
  for (const op of ops) {
    switch (op.kind) {
      case 'status':
        result = book.withStatus(result, op.record)
        break
      case 'comment': {
        const all = [...result.comments.values()].flat()
        result = book.withComments(result, [...all, { ...op.record, id: -all.length - 1 }])
        break
      }
      case 'acknowledge':
        result = book.withAcknowledgements(result, [...result.acknowledgements.values(), op.record])
        break
      case 'withdraw': {
        const key = book.acknowledgementKey(op.meta, op.rule, op.column)
        const kept = [...result.acknowledgements.values()].filter((a) => book.acknowledgementKey(a.meta, a.rule, a.column) !== key)
        result = book.withAcknowledgements(result, kept)
        break
      }
    }
  }
  return result
}
