/** The review states of a meta. Part of the domain: views filter by them and storage keeps them. */
export type ReviewStatus = 'unreviewed' | 'reviewed' | 'needsCorrection' | 'approved'

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'reviewed', 'needsCorrection', 'approved']

/** The review status of a meta nobody has reviewed yet (nothing stored for it). */
export const UNREVIEWED: ReviewStatus = 'unreviewed'
