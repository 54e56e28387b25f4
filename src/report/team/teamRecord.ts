/**
 * The records team mode replicates: what a browser pushes to the server and what the server stores
 * and sends back. Shared by the server and the browser, so both read one definition.
 */
export type TeamRecordKind = 'edit' | 'review' | 'comment' | 'resolve' | 'ack' | 'unack' | 'assign'

export const TEAM_RECORD_KINDS: readonly TeamRecordKind[] = ['edit', 'review', 'comment', 'resolve', 'ack', 'unack', 'assign']

// What a client pushes. uid: made by the client (crypto.randomUUID()), so a retried push never duplicates.
export interface PushedRecord {
  readonly uid: string
  readonly kind: TeamRecordKind
  readonly meta: number // report meta index (0-based position, as EditRecord.meta)
  readonly at: number // client epoch ms
  // edit: { column, before, after, step, stepKind: 'edit'|'undo'|'redo', target? }
  // review: { status, reason? (required for needsCorrection) }
  // comment: { text, mentions? (account ids, comma-separated), thread? (uid of the comment it answers) }
  // resolve: { thread (uid of the thread's first comment) }
  // ack: { rule, column, reason }   unack: { rule, column }
  // assign: { unit (unit id; '' takes the meta away from any unit) }: planning only
  readonly data: Readonly<Record<string, string>>
}

// What the server stores and sends: the pushed record plus its order and author.
export interface TeamRecord extends PushedRecord {
  readonly version: number // gapless per report, 1, 2, 3, ... raised inside the push transaction
  readonly author: { readonly id: string; readonly name: string }
  readonly serverAt: number // server epoch ms
}

/** A push carries at most this many records; a longer log goes in several pushes. */
export const MAX_RECORDS_PER_PUSH = 1000

/** Longest text a record may carry in one field (a cell, a comment, a reason). */
export const MAX_RECORD_TEXT = 100_000

/** A review record that approves its meta: only planning accounts may push it. */
export function approvesMeta(record: PushedRecord): boolean {
  return record.kind === 'review' && record.data['status'] === 'approved'
}
