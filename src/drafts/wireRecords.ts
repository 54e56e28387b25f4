import type { PushedRecord, TeamRecord } from '../report/team/teamRecord'
import type { ColumnKey } from '../report/types'
import type { EditRecord, NewEditRecord, NewReviewLogRecord, ReviewLogRecord, StepKind } from './records'
import { reviewTarget } from './reviewLog'

/** An edit record as the server takes it (the tab that wrote it stays in this browser). */
export function pushedEdit(record: EditRecord & { readonly uid: string }): PushedRecord {
  const data: Record<string, string> = { column: record.column, before: record.before, after: record.after, step: record.step, stepKind: record.kind }
  if (record.target !== undefined) data['target'] = record.target
  return { uid: record.uid, kind: 'edit', meta: record.meta, at: Math.round(record.at), data }
}

export function pushedReview(record: ReviewLogRecord): PushedRecord {
  return { uid: record.uid, kind: record.kind, meta: record.meta, at: Math.round(record.at), data: record.data }
}

const serverFields = (r: TeamRecord) => ({ uid: r.uid, version: r.version, author: r.author, serverAt: r.serverAt })

/** A record someone else wrote, as this browser keeps it. */
export function receivedEdit(workspace: string, r: TeamRecord): NewEditRecord {
  const d = r.data
  const edit = {
    workspace,
    step: d['step'] ?? r.uid,
    kind: (d['stepKind'] ?? 'edit') as StepKind,
    tab: '',
    meta: r.meta,
    column: d['column'] as ColumnKey,
    before: d['before'] ?? '',
    after: d['after'] ?? '',
    at: r.at,
    ...serverFields(r),
  }
  return d['target'] === undefined ? edit : { ...edit, target: d['target'] }
}

export function receivedReview(workspace: string, r: TeamRecord): NewReviewLogRecord {
  const kind = r.kind as ReviewLogRecord['kind']
  return { workspace, kind, meta: r.meta, target: reviewTarget(kind, r.meta, r.data, r.uid), data: r.data, by: r.author.name, at: r.at, ...serverFields(r) }
}
