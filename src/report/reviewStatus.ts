/** The review states of a meta. Part of the domain: views filter by them and storage keeps them. */
export type ReviewStatus = 'unreviewed' | 'reviewed' | 'needsCorrection' | 'approved'

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'reviewed', 'needsCorrection', 'approved']
