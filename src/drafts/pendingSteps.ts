import type { CellEdit, ColumnKey, Report } from '../report/types'
import { cellKey, type EditLog, type StepHeader } from './editLog'
import type { Author, NewEditRecord } from './records'
import type { CellChange } from './sessionSnapshot'

/**
 * The steps a tab has shown but not yet written, and what they mean for each cell: the cell's
 * latest pending text, whether it differs from what storage holds, and the changes view's rows.
 */
export interface PendingStep {
  readonly header: StepHeader
  readonly records: readonly NewEditRecord[]
}

/** What every record of a step shares; each record also gets its own uid. */
export interface StepStamp {
  readonly workspace: string
  readonly tab: string
  readonly step: string
  readonly at: number
  /** The account writing it (team mode). */
  readonly author?: Author
}

const newUid = (): string => globalThis.crypto.randomUUID()

/**
 * One commit as one undo step: each edit logged with the text it replaces (an earlier edit of the
 * same cell in the commit counts); edits that change nothing are dropped, and with them an empty step.
 */
export function editStep(edits: readonly CellEdit[], current: (meta: number, column: ColumnKey) => string | undefined, stamp: StepStamp): PendingStep | null {
  const records: NewEditRecord[] = []
  const seen = new Map<string, string>()
  for (const e of edits) {
    const key = cellKey(e.meta, e.column)
    const before = seen.get(key) ?? current(e.meta, e.column)
    if (before === undefined || before === e.after) continue
    seen.set(key, e.after)
    records.push({ ...stamp, uid: newUid(), kind: 'edit', meta: e.meta, column: e.column, before, after: e.after })
  }
  return records.length > 0 ? { header: { step: stamp.step, kind: 'edit' }, records } : null
}

/** Records that take a step's cells back to what they were before it, latest change first. */
export function inverseRecords(records: readonly NewEditRecord[], target: string, stamp: StepStamp): NewEditRecord[] {
  return [...records].reverse().map((r) => ({
    ...stamp,
    uid: newUid(),
    kind: 'undo' as const,
    target,
    meta: r.meta,
    column: r.column,
    before: r.after,
    after: r.before,
  }))
}

/** Records that apply a step's changes again. */
export function redoRecords(records: readonly NewEditRecord[], target: string, stamp: StepStamp): NewEditRecord[] {
  return records.map((r) => ({ ...stamp, uid: newUid(), kind: 'redo' as const, target, meta: r.meta, column: r.column, before: r.before, after: r.after }))
}

/** Regroups records into their undo steps (records rescued from localStorage come flat). */
export function stepsOf(records: readonly NewEditRecord[]): PendingStep[] {
  const steps = new Map<string, NewEditRecord[]>()
  for (const r of records) steps.set(r.step, [...(steps.get(r.step) ?? []), r])
  return [...steps.values()].map((stepRecords) => {
    const first = stepRecords[0]!
    return { header: { step: first.step, kind: first.kind, target: first.target }, records: stepRecords }
  })
}

/** The cell's latest pending text, if a pending step touches it. */
export function pendingText(pending: readonly PendingStep[], meta: number, column: ColumnKey): string | undefined {
  for (let i = pending.length - 1; i >= 0; i--) {
    const records = pending[i]!.records
    for (let j = records.length - 1; j >= 0; j--) if (records[j]!.meta === meta && records[j]!.column === column) return records[j]!.after
  }
  return undefined
}

/** What storage holds for the cell: the log's latest text, else the original's. */
export function storedText(log: EditLog, original: Report, meta: number, column: ColumnKey): string | undefined {
  return log.current(meta, column)?.after ?? original.metas[meta]?.cells[column]
}

/** Cells whose latest pending text differs from what storage holds. */
export function unsavedCellCount(pending: readonly PendingStep[], log: EditLog, original: Report): number {
  const latest = new Map<string, NewEditRecord>()
  for (const step of pending) for (const r of step.records) latest.set(cellKey(r.meta, r.column), r)
  let count = 0
  for (const r of latest.values()) if (r.after !== storedText(log, original, r.meta, r.column)) count++
  return count
}

/** Every cell whose current text differs from the original's, with when it last changed, most recent first. */
export function cellChanges(log: EditLog, pending: readonly PendingStep[], original: Report, current: (meta: number, column: ColumnKey) => string | undefined): CellChange[] {
  const latest = new Map<string, NewEditRecord>()
  for (const r of log.touchedCells()) latest.set(cellKey(r.meta, r.column), r)
  for (const step of pending) for (const r of step.records) latest.set(cellKey(r.meta, r.column), r)
  const changes: CellChange[] = []
  for (const { meta, column, at, author } of latest.values()) {
    const before = original.metas[meta]?.cells[column]
    const now = current(meta, column)
    if (before !== undefined && now !== undefined && before !== now)
      changes.push(author ? { meta, column, original: before, current: now, at, author } : { meta, column, original: before, current: now, at })
  }
  return changes.sort((a, b) => b.at - a.at || a.meta - b.meta)
}
