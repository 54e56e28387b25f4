/**
 * A report's activity: every logged change of the edit log and the review log as one list, in log
 * order (the server's order, then this browser's records not yet synced, by time), each change
 * saying who made it, when, and what it was before. The meta panel's Actividad tab, the report's
 * feed and the audit trail export all read this one list.
 */
import type { ReviewStatus } from '../report/reviewStatus'
import { UNREVIEWED } from '../report/reviewStatus'
import type { ColumnKey } from '../report/types'
import type { Author, NewEditRecord, NewReviewLogRecord, StepKind } from './records'

/** What a change did, as the feed filters it. */
export type ActivityKind = 'edit' | 'status' | 'comment' | 'ack' | 'assign'

export const ACTIVITY_KINDS: readonly ActivityKind[] = ['edit', 'status', 'comment', 'ack', 'assign']

interface EntryBase {
  /** Stable across reads: the record's uid (or its step and cell, for an edit written before uids). */
  readonly key: string
  readonly meta: number
  /** When it was made (epoch ms, the writer's clock). */
  readonly at: number
  /** The account that made it (team mode); null: this browser, whose name is `by` when the user typed one. */
  readonly author: Author | null
  readonly by: string
  /** The server has its place in the log. */
  readonly synced: boolean
}

export type ActivityChange =
  | { readonly kind: 'edit'; readonly step: StepKind; readonly column: ColumnKey; readonly before: string; readonly after: string }
  | { readonly kind: 'status'; readonly before: ReviewStatus; readonly after: ReviewStatus; readonly reason: string }
  /** `resolution`: the record closed a comment thread (team mode); it has no text of its own. */
  | { readonly kind: 'comment'; readonly text: string; readonly resolution: boolean }
  | { readonly kind: 'ack'; readonly withdrawn: boolean; readonly rule: string; readonly column: ColumnKey | null; readonly reason: string }
  | { readonly kind: 'assign'; readonly before: string | null; readonly after: string | null }

export type ActivityEntry = EntryBase & ActivityChange

type Logged = { readonly at: number; readonly version?: number }

/** Log order: what the server ordered, by version, then the rest by time (a stable sort keeps each log's own order on ties). */
function logOrder(a: Logged, b: Logged): number {
  if (a.version !== undefined && b.version !== undefined) return a.version - b.version
  if (a.version !== undefined) return -1
  if (b.version !== undefined) return 1
  return a.at - b.at
}

function base(record: NewEditRecord | NewReviewLogRecord, key: string, by: string): EntryBase {
  return { key, meta: record.meta, at: record.at, author: record.author ?? null, by: record.author?.name ?? by, synced: record.version !== undefined }
}

function editEntry(r: NewEditRecord): ActivityEntry {
  return { ...base(r, r.uid ?? `${r.step}:${r.meta}:${r.column}`, ''), kind: 'edit', step: r.kind, column: r.column, before: r.before, after: r.after }
}

/** Folds statuses and units meta by meta as it goes, so each change says what it replaced. */
class ReviewFold {
  private readonly statuses = new Map<number, ReviewStatus>()
  private readonly units = new Map<number, string>()

  entry(r: NewReviewLogRecord): ActivityEntry {
    const at = base(r, r.uid, r.by)
    const d = r.data
    switch (r.kind) {
      case 'review': {
        const after = (d['status'] ?? UNREVIEWED) as ReviewStatus
        const before = this.statuses.get(r.meta) ?? UNREVIEWED
        this.statuses.set(r.meta, after)
        return { ...at, kind: 'status', before, after, reason: d['reason'] ?? '' }
      }
      case 'comment':
        return { ...at, kind: 'comment', text: d['text'] ?? '', resolution: false }
      case 'ack':
      case 'unack':
        return { ...at, kind: 'ack', withdrawn: r.kind === 'unack', rule: d['rule'] ?? '', column: d['column'] ? (d['column'] as ColumnKey) : null, reason: d['reason'] ?? '' }
      case 'assign': {
        const after = d['unit'] ? d['unit'] : null
        const before = this.units.get(r.meta) ?? null
        if (after === null) this.units.delete(r.meta)
        else this.units.set(r.meta, after)
        return { ...at, kind: 'assign', before, after }
      }
      case 'resolve':
        return { ...at, kind: 'comment', text: '', resolution: true }
    }
  }
}

/** Every change of the report, oldest first, in the order the log applies them. */
export function activityEntries(edits: readonly NewEditRecord[], reviews: readonly NewReviewLogRecord[]): ActivityEntry[] {
  const records: { readonly at: number; readonly version?: number; readonly make: () => ActivityEntry }[] = []
  const fold = new ReviewFold()
  for (const r of edits) records.push({ at: r.at, version: r.version, make: () => editEntry(r) })
  for (const r of reviews) records.push({ at: r.at, version: r.version, make: () => fold.entry(r) })
  // The review fold must see each meta's records in log order: entries are made after sorting.
  return records.sort(logOrder).map((r) => r.make())
}
