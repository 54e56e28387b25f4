import type { DraftsBackend } from './draftsBackend'
import type { AcknowledgementRecord, Author, CommentRecord, NewReviewLogRecord, ReviewRecord } from './records'
import * as book from './reviewBook'
import { foldAssignments } from './assignments'
import { acknowledgementRecord, assignmentRecord, commentLogRecord, reviewTarget, statusRecord, withdrawalRecord } from './reviewLog'

/**
 * One change to the review state, queued until written. `uid` names its log record from the start
 * (drafts rescued by an older version have none and get one when written).
 */
export type ReviewOp = (
  | { readonly kind: 'status'; readonly record: ReviewRecord }
  | { readonly kind: 'comment'; readonly record: Omit<CommentRecord, 'id'> }
  | { readonly kind: 'acknowledge'; readonly record: AcknowledgementRecord }
  | {
      readonly kind: 'withdraw'
      readonly workspace: string
      readonly meta: number
      readonly rule: string
      readonly column: string
      readonly by?: string
      readonly at?: number
    }
  | { readonly kind: 'assign'; readonly workspace: string; readonly meta: number; readonly unit: string; readonly by: string; readonly at: number }
) & { readonly uid?: string; readonly account?: Author }

/** The log record a queued change is written as. */
export function opRecord(op: ReviewOp): NewReviewLogRecord {
  const uid = op.uid ?? globalThis.crypto.randomUUID()
  switch (op.kind) {
    case 'status':
      return statusRecord(op.record, uid, op.account)
    case 'comment':
      return commentLogRecord(op.record, uid, op.account)
    case 'acknowledge':
      return acknowledgementRecord(op.record, uid, op.account)
    case 'withdraw':
      return withdrawalRecord(op, op.by ?? '', op.at ?? Date.now(), uid, op.account)
    case 'assign':
      return assignmentRecord(op, op.by, op.at, uid, op.account)
  }
}

/** Writes the changes in one transaction: all of them or, if storage refuses, none. */
export function writeReviewOps(backend: DraftsBackend, ops: readonly ReviewOp[]): Promise<void> {
  return backend.appendReviewRecords(ops.map(opRecord))
}

/** A workspace's review state as storage holds it. */
export async function readReviewBook(backend: DraftsBackend, workspace: string): Promise<book.ReviewBook> {
  const [statuses, comments, acks, assignments] = await Promise.all([
    backend.loadReviews(workspace),
    backend.loadComments(workspace),
    backend.loadAcknowledgements(workspace),
    backend.loadAssignments(workspace),
  ])
  const reviews = book.withAcknowledgements(book.withComments(book.withStatuses(book.EMPTY_REVIEW_BOOK, statuses), comments), acks)
  return book.withUnits(reviews, foldAssignments(assignments))
}

/** What a queued change is about, as its log record's target will be (a comment without uid yet: its place in the queue). */
export function reviewOpTarget(op: ReviewOp, index: number): string {
  if (op.kind === 'comment') return `comment:${op.uid ?? `pending-${index}`}`
  if (op.kind === 'status') return reviewTarget('review', op.record.meta, {}, '')
  if (op.kind === 'assign') return reviewTarget('assign', op.meta, {}, '')
  const { meta, rule, column } = op.kind === 'acknowledge' ? op.record : op
  return reviewTarget('ack', meta, { rule, column }, '')
}

/** Review changes as a user counts them: a meta's status or a finding's acknowledgement once however often changed, each comment. */
export function countReviewChanges(ops: readonly ReviewOp[]): number {
  return new Set(ops.map(reviewOpTarget)).size
}

/**
 * The review state as this tab shows it: what storage holds plus the changes not yet written.
 * Pending comments get negative ids until IndexedDB gives them real ones.
 */
export function applyReviewOps(reviews: book.ReviewBook, ops: readonly ReviewOp[]): book.ReviewBook {
  let result = reviews
  // One copy of the units for every assignment: planning may assign a whole view of 100,000 metas.
  let units: Map<number, string> | null = null
  for (const op of ops) {
    switch (op.kind) {
      case 'status':
        result = book.withStatus(result, op.record)
        break
      case 'comment': {
        const all = [...result.comments.values()].flat()
        // With its uid already, so a reply can name the thread it opens before it is written.
        const pending = { ...op.record, id: -all.length - 1, ...(op.uid === undefined ? {} : { uid: op.uid }) }
        result = book.withComments(result, [...all, pending])
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
      case 'assign':
        units ??= new Map(result.units)
        if (op.unit === '') units.delete(op.meta)
        else units.set(op.meta, op.unit)
        break
    }
  }
  return units ? book.withUnits(result, units) : result
}
