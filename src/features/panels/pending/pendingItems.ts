import { threadsOf } from '../../../drafts/commentThreads'
import type { ReviewBook } from '../../../drafts/reviewBook'
import type { CommentRecord } from '../../../drafts/records'
import type { Account } from '../../../report/team/account'

/** One thing waiting for the signed-in person, about one meta. */
export type PendingItem =
  | { readonly kind: 'returned'; readonly meta: number; readonly reason: string }
  | { readonly kind: 'toReview'; readonly meta: number }
  | { readonly kind: 'mention'; readonly meta: number; readonly comment: CommentRecord }
  | { readonly kind: 'toSubmit'; readonly meta: number }

// What needs doing soonest comes first; the unit's metas not yet submitted, often many, last.
const ORDER: Readonly<Record<PendingItem['kind'], number>> = { returned: 0, toReview: 1, mention: 2, toSubmit: 3 }

/**
 * What waits for this account: for a secretaría, its unit's metas returned for correction (with the
 * reason) and those not yet submitted; for planning, the metas ready for review; for anyone, the
 * comments that mention it in threads still open. Derived from the review state, so an item leaves
 * as soon as its turn passes (the meta is resubmitted, approved, or the thread resolved).
 */
export function pendingItems(account: Account, reviews: ReviewBook, metaCount: number, unitOf: (meta: number) => string | null): PendingItem[] {
  const items: PendingItem[] = []
  const unit = account.unit?.id ?? null
  for (let meta = 0; meta < metaCount; meta++) {
    const review = reviews.statuses.get(meta)
    const status = review?.status ?? 'unreviewed'
    if (account.role === 'planificacion' && status === 'reviewed') items.push({ kind: 'toReview', meta })
    if (account.role !== 'secretaria' || unit === null || unitOf(meta) !== unit) continue
    if (status === 'needsCorrection') items.push({ kind: 'returned', meta, reason: review?.reason ?? '' })
    else if (status === 'unreviewed') items.push({ kind: 'toSubmit', meta })
  }
  for (const [meta, comments] of reviews.comments) {
    if (meta >= metaCount) continue
    for (const thread of threadsOf(comments)) {
      if (thread.resolution !== null) continue
      for (const comment of [thread.root, ...thread.replies]) if (comment.mentions?.includes(account.id)) items.push({ kind: 'mention', meta, comment })
    }
  }
  return items.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.meta - b.meta)
}
