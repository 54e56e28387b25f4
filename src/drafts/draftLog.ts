import type { ColumnKey, Report } from '../report/types'
import { cellKey, EditLog, undoRedoStacks, type UndoRedoStacks } from './editLog'
import { cellChanges, inverseRecords, pendingText, redoRecords, storedText, unsavedCellCount, type PendingStep, type StepStamp } from './pendingSteps'
import type { NewEditRecord } from './records'
import type { CellChange } from './sessionSnapshot'
import type { WaitingTally } from './waitingTally'

/**
 * A tab's edits: the log storage holds, replayed, and the steps shown but not yet written over it.
 * What each cell shows, the undo and redo stacks, and what waits to be written or synced.
 */
export class DraftLog {
  readonly stored: EditLog
  private pending: PendingStep[] = []

  /** `owner`: the signed-in account in team mode, whose steps alone undo reverses. */
  constructor(
    private readonly original: Report,
    owner?: string,
  ) {
    this.stored = new EditLog(owner)
  }

  get pendingSteps(): readonly PendingStep[] {
    return this.pending
  }

  add(steps: readonly PendingStep[]): void {
    this.pending.push(...steps)
  }

  /** The first `count` pending steps are written: the stored log holds them now. */
  written(count: number): void {
    this.pending = this.pending.slice(count)
  }

  /** What a cell shows: the latest pending change, else the log's, else the original. */
  display(meta: number, column: ColumnKey): string | undefined {
    return pendingText(this.pending, meta, column) ?? storedText(this.stored, this.original, meta, column)
  }

  stacks(): UndoRedoStacks {
    return undoRedoStacks([...this.stored.stepHeaders(), ...this.pending.map((s) => s.header)])
  }

  private stepRecords(step: string): readonly NewEditRecord[] {
    return this.pending.find((s) => s.header.step === step)?.records ?? this.stored.stepRecords(step)
  }

  /** The step that undoes the latest step on the undo stack, if any (`stamp.step` names the new step). */
  undoStep(stamp: StepStamp): PendingStep | null {
    const target = this.stacks().undo.at(-1)
    if (target === undefined) return null
    return { header: { step: stamp.step, kind: 'undo', target }, records: inverseRecords(this.stepRecords(target), target, stamp) }
  }

  redoStep(stamp: StepStamp): PendingStep | null {
    const target = this.stacks().redo.at(-1)
    if (target === undefined) return null
    return { header: { step: stamp.step, kind: 'redo', target }, records: redoRecords(this.stepRecords(target), target, stamp) }
  }

  /** Whether a cell of the step undo would reverse now shows someone else's later record. */
  undoOverwritesOthers(): boolean {
    const target = this.stacks().undo.at(-1)
    if (target === undefined) return false
    return this.stepRecords(target).some((r) => {
      if (pendingText(this.pending, r.meta, r.column) !== undefined) return false
      const current = this.stored.current(r.meta, r.column)
      return current !== undefined && !this.stored.isOwn(current)
    })
  }

  changes(current: (meta: number, column: ColumnKey) => string | undefined): CellChange[] {
    return cellChanges(this.stored, this.pending, this.original, current)
  }

  /** The whole log, stored and pending, in replay order. */
  history(): readonly NewEditRecord[] {
    return [...this.stored.records(), ...this.pending.flatMap((s) => s.records)]
  }

  /** Cells whose shown text is not written yet. */
  unsavedCount(): number {
    return unsavedCellCount(this.pending, this.stored, this.original)
  }

  /** Adds each cell with a change the server has not acknowledged (written here or not) under the change's author. */
  tallyWaiting(tally: WaitingTally): void {
    for (const r of this.stored.unsyncedRecords()) tally.add(r.author, cellKey(r.meta, r.column))
    for (const step of this.pending) for (const r of step.records) tally.add(r.author, cellKey(r.meta, r.column))
  }
}
