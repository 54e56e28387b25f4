import type { DraftsBackend } from './draftsBackend'
import type { AcknowledgementRecord, CommentRecord, ReviewRecord } from './records'

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
