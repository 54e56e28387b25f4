import type { AcknowledgementRecord, Author, CommentRecord, NewReviewLogRecord, ReviewLogRecord, ReviewRecord, ReviewStatus } from './records'
import { acknowledgementKey } from './reviewBook'

/** The target prefix of a meta's unit: the assignments are read from the log by it (no state store holds them). */
export const UNIT_TARGET = 'unit:'

/** What a review record is about: the latest record of a target decides its state. */
export function reviewTarget(kind: ReviewLogRecord['kind'], meta: number, data: Readonly<Record<string, string>>, uid: string): string {
  if (kind === 'review') return `status:${meta}`
  // A resolution is kept like a comment (the thread's last word), so it is one of its own.
  if (kind === 'comment' || kind === 'resolve') return `comment:${uid}`
  if (kind === 'assign') return `${UNIT_TARGET}${meta}`
  return `ack:${acknowledgementKey(meta, data['rule'] ?? '', data['column'] ?? '')}`
}

type Stamp = { readonly uid: string; readonly author?: Author }

function logRecord(workspace: string, kind: ReviewLogRecord['kind'], meta: number, data: Record<string, string>, by: string, at: number, stamp: Stamp): NewReviewLogRecord {
  const record = { uid: stamp.uid, workspace, kind, meta, target: reviewTarget(kind, meta, data, stamp.uid), data, by, at, unsynced: 1 as const }
  return stamp.author ? { ...record, author: stamp.author } : record
}

export function statusRecord(review: ReviewRecord, uid: string, author?: Author): NewReviewLogRecord {
  const data: Record<string, string> = { status: review.status }
  if (review.reason !== undefined) data['reason'] = review.reason
  return logRecord(review.workspace, 'review', review.meta, data, review.author, review.at, { uid, author })
}

/** A comment, a reply in a thread, or (`resolves` set) a thread's resolution. */
export function commentLogRecord(comment: Omit<CommentRecord, 'id'>, uid: string, author?: Author): NewReviewLogRecord {
  const stamp = { uid, author }
  if (comment.resolves !== undefined) return logRecord(comment.workspace, 'resolve', comment.meta, { thread: comment.resolves }, comment.author, comment.at, stamp)
  const data: Record<string, string> = { text: comment.text }
  if (comment.mentions !== undefined && comment.mentions.length > 0) data['mentions'] = comment.mentions.join(',')
  if (comment.thread !== undefined) data['thread'] = comment.thread
  return logRecord(comment.workspace, 'comment', comment.meta, data, comment.author, comment.at, stamp)
}

export function acknowledgementRecord(ack: AcknowledgementRecord, uid: string, author?: Author): NewReviewLogRecord {
  const data = { rule: ack.rule, column: ack.column, reason: ack.reason }
  return logRecord(ack.workspace, 'ack', ack.meta, data, ack.author, ack.at, { uid, author })
}

export function withdrawalRecord(
  finding: { readonly workspace: string; readonly meta: number; readonly rule: string; readonly column: string },
  by: string,
  at: number,
  uid: string,
  author?: Author,
): NewReviewLogRecord {
  return logRecord(finding.workspace, 'unack', finding.meta, { rule: finding.rule, column: finding.column }, by, at, { uid, author })
}

/** Team mode: planning gives the meta to a unit (`unit` its id; '' takes it away from any unit). */
export function assignmentRecord(
  assignment: { readonly workspace: string; readonly meta: number; readonly unit: string },
  by: string,
  at: number,
  uid: string,
  author?: Author,
): NewReviewLogRecord {
  return logRecord(assignment.workspace, 'assign', assignment.meta, { unit: assignment.unit }, by, at, { uid, author })
}

/** The record that decides a target: this browser's latest unsynced one, else the one the server ordered last. */
export function latestByOrder<R extends { readonly id: number; readonly version?: number }>(records: readonly R[]): R | undefined {
  let unsynced: R | undefined
  let synced: R | undefined
  for (const r of records) {
    if (r.version === undefined) {
      if (!unsynced || r.id > unsynced.id) unsynced = r
    } else if (!synced || r.version > synced.version!) synced = r
  }
  return unsynced ?? synced
}

/** What a target's deciding record puts in the state stores. */
export type TargetState =
  | { readonly kind: 'status'; readonly row: ReviewRecord }
  | { readonly kind: 'comment'; readonly row: Omit<CommentRecord, 'id'> }
  | { readonly kind: 'acknowledged'; readonly row: AcknowledgementRecord }
  | { readonly kind: 'withdrawn'; readonly key: readonly [string, number, string, string] }
  | { readonly kind: 'assigned'; readonly meta: number; readonly unit: string }

export function targetState(r: ReviewLogRecord): TargetState {
  const d = r.data
  switch (r.kind) {
    case 'review': {
      const row = { workspace: r.workspace, meta: r.meta, status: d['status'] as ReviewStatus, author: r.by, at: r.at }
      return { kind: 'status', row: d['reason'] === undefined ? row : { ...row, reason: d['reason'] } }
    }
    case 'comment':
    case 'resolve':
      return { kind: 'comment', row: commentRow(r) }
    case 'ack':
      return {
        kind: 'acknowledged',
        row: { workspace: r.workspace, meta: r.meta, rule: d['rule'] ?? '', column: d['column'] ?? '', reason: d['reason'] ?? '', author: r.by, at: r.at },
      }
    case 'unack':
      return { kind: 'withdrawn', key: [r.workspace, r.meta, d['rule'] ?? '', d['column'] ?? ''] }
    case 'assign':
      return { kind: 'assigned', meta: r.meta, unit: d['unit'] ?? '' }
  }
}

function commentRow(r: ReviewLogRecord): Omit<CommentRecord, 'id'> {
  const d = r.data
  const base = { workspace: r.workspace, meta: r.meta, author: r.by, text: d['text'] ?? '', at: r.at, uid: r.uid }
  const ordered = r.version === undefined ? base : { ...base, version: r.version }
  if (r.kind === 'resolve') return { ...ordered, resolves: d['thread'] ?? '' }
  const mentions = (d['mentions'] ?? '').split(',').filter((id) => id !== '')
  return { ...ordered, ...(mentions.length > 0 ? { mentions } : {}), ...(d['thread'] === undefined ? {} : { thread: d['thread'] }) }
}
