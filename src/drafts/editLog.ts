import type { ColumnKey } from '../report/types'
import type { EditRecord, NewEditRecord, StepKind } from './records'

/** A record as it was applied, with the cell's latest record just before it. */
export interface AppliedRecord {
  readonly record: EditRecord
  readonly previous: EditRecord | undefined
}

/** The head of one undo step, enough to rebuild the undo and redo stacks. */
export interface StepHeader {
  readonly step: string
  readonly kind: StepKind
  readonly target?: string
}

export interface UndoRedoStacks {
  /** Steps that undo would reverse, the last one first in line. */
  readonly undo: readonly string[]
  readonly redo: readonly string[]
}

export function cellKey(meta: number, column: ColumnKey): string {
  return `${meta}:${column}`
}

/**
 * The undo and redo stacks a sequence of steps leaves. Undo of a step that is no longer on the
 * stack (two tabs undid it at once) changes nothing here; its records still count as cell changes.
 */
export function undoRedoStacks(headers: readonly StepHeader[]): UndoRedoStacks {
  const undo: string[] = []
  const redo: string[] = []
  for (const header of headers) {
    if (header.kind === 'edit') {
      undo.push(header.step)
      redo.length = 0
    } else if (header.target !== undefined) {
      const [from, to] = header.kind === 'undo' ? [undo, redo] : [redo, undo]
      const at = from.lastIndexOf(header.target)
      if (at >= 0) {
        from.splice(at, 1)
        to.push(header.target)
      }
    }
  }
  return { undo, redo }
}

/** Changes this tab made that another tab then overwrote without having seen them (both stay logged). */
export function overwrittenChanges(
  applied: readonly AppliedRecord[],
  tab: string,
): { readonly meta: number; readonly column: ColumnKey; readonly mine: string; readonly theirs: string }[] {
  return applied.flatMap(({ record, previous }) =>
    previous && record.tab !== tab && previous.tab === tab && record.before !== previous.after
      ? [{ meta: record.meta, column: record.column, mine: previous.after, theirs: record.after }]
      : [],
  )
}

/** Records that take a step's cells back to what they were before it, latest change first. */
export function inverseRecords(
  records: readonly NewEditRecord[],
  step: string,
  tab: string,
  at: number,
): NewEditRecord[] {
  return [...records].reverse().map((r) => ({
    workspace: r.workspace,
    step,
    kind: 'undo' as const,
    target: r.step,
    tab,
    meta: r.meta,
    column: r.column,
    before: r.after,
    after: r.before,
    at,
  }))
}

/** Records that apply a step's changes again. */
export function redoRecords(records: readonly NewEditRecord[], step: string, tab: string, at: number): NewEditRecord[] {
  return records.map((r) => ({
    workspace: r.workspace,
    step,
    kind: 'redo' as const,
    target: r.step,
    tab,
    meta: r.meta,
    column: r.column,
    before: r.before,
    after: r.after,
    at,
  }))
}

/**
 * The confirmed edit log of one workspace, replayed: each cell's latest record and every step's
 * records. Appending is incremental so a tab keeps in step with others without replaying everything.
 */
export class EditLog {
  private readonly all: EditRecord[] = []
  private readonly cells = new Map<string, EditRecord>()
  private readonly steps = new Map<string, EditRecord[]>()
  private readonly headers: StepHeader[] = []
  private last = 0

  constructor(records: readonly EditRecord[] = []) {
    this.append(records)
  }

  /** Id of the latest record applied. */
  get lastId(): number {
    return this.last
  }

  /** Applies records in id order, ignoring any already applied. */
  append(records: readonly EditRecord[]): AppliedRecord[] {
    const applied: AppliedRecord[] = []
    const sorted = [...records].sort((a, b) => a.id - b.id)
    for (const record of sorted) {
      if (record.id <= this.last) continue
      this.last = record.id
      const key = cellKey(record.meta, record.column)
      applied.push({ record, previous: this.cells.get(key) })
      this.cells.set(key, record)
      this.all.push(record)
      const stepRecords = this.steps.get(record.step)
      if (stepRecords) stepRecords.push(record)
      else {
        this.steps.set(record.step, [record])
        this.headers.push({ step: record.step, kind: record.kind, target: record.target })
      }
    }
    return applied
  }

  /** The cell's latest record. */
  current(meta: number, column: ColumnKey): EditRecord | undefined {
    return this.cells.get(cellKey(meta, column))
  }

  /** The latest record of every cell the log has touched. */
  touchedCells(): IterableIterator<EditRecord> {
    return this.cells.values()
  }

  /** Every record, in id order. */
  records(): readonly EditRecord[] {
    return this.all
  }

  stepRecords(step: string): readonly EditRecord[] {
    return this.steps.get(step) ?? []
  }

  stepHeaders(): readonly StepHeader[] {
    return this.headers
  }
}
