import type { ColumnKey } from '../report/types'
import type { Author, EditRecord, StepKind } from './records'

/** A record as it was applied: the cell's current record changed from `previous` to `record`. */
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

/** A change of this user's that someone else then replaced without having seen it (both stay logged). */
export interface Overwritten {
  readonly meta: number
  readonly column: ColumnKey
  readonly mine: string
  readonly theirs: string
  /** Who replaced it, when the server says (another tab of this browser has no author). */
  readonly author?: Author
}

/**
 * Changes of this tab (or, in team mode, of this account) that a record from elsewhere replaced
 * although its writer had not seen them: its `before` is not what this user had written.
 */
export function overwrittenChanges(applied: readonly AppliedRecord[], tab: string, account?: string): Overwritten[] {
  const mine = (r: EditRecord) => r.tab === tab || (account !== undefined && r.author?.id === account)
  return applied.flatMap(({ record, previous }) =>
    previous && record.tab !== tab && mine(previous) && record.before !== previous.after
      ? [{ meta: record.meta, column: record.column, mine: previous.after, theirs: record.after, ...(record.author ? { author: record.author } : {}) }]
      : [],
  )
}

/** Replay order: the records the server ordered, by version, then this browser's unsynced ones, by id. */
function replayOrder(a: EditRecord, b: EditRecord): number {
  if (a.version !== undefined && b.version !== undefined) return a.version - b.version
  if (a.version !== undefined) return -1
  if (b.version !== undefined) return 1
  return a.id - b.id
}

/**
 * The edit log of one workspace, replayed in replay order: each cell's current record and every
 * step's records. A cell shows its latest unsynced record, else the one the server ordered last,
 * so a record that arrives ordered before this browser's unsynced ones (or its acknowledgement)
 * re-bases them by touching only its own cell: appending stays incremental at any log size.
 */
export class EditLog {
  private readonly synced: EditRecord[] = []
  private readonly unsynced: EditRecord[] = []
  private readonly byId = new Map<number, EditRecord>()
  private readonly syncedCells = new Map<string, EditRecord>()
  private readonly unsyncedCells = new Map<string, EditRecord>()
  private readonly steps = new Map<string, EditRecord[]>()
  private headers: StepHeader[] = []
  private readonly headed = new Set<string>()
  private headersStale = false
  private lastOwnVersion = 0
  private last = 0

  /** `owner`: the account whose steps undo reverses (team mode); every step when absent. */
  constructor(private readonly owner?: string) {}

  /** Id of the latest record read from storage. */
  get lastId(): number {
    return this.last
  }

  /** Whether undo may reverse the record's step: this user's, or anyone's outside team mode. */
  isOwn(record: EditRecord): boolean {
    return this.owner === undefined || record.author === undefined || record.author.id === this.owner
  }

  /**
   * Takes in records read from storage: new ones, and known ones the server has acknowledged
   * since. Returns each cell whose current record changed, in replay order.
   */
  append(records: readonly EditRecord[]): AppliedRecord[] {
    const fresh = records.filter((r) => {
      const known = this.byId.get(r.id)
      return known ? known.version === undefined && r.version !== undefined : true
    })
    fresh.sort(replayOrder)
    const applied: AppliedRecord[] = []
    for (const record of fresh) {
      const key = cellKey(record.meta, record.column)
      const before = this.currentAt(key)
      const known = this.byId.get(record.id)
      if (known) this.acknowledge(known, record, key)
      else this.add(record, key)
      const after = this.currentAt(key)
      if (after && after.id !== before?.id) applied.push({ record: after, previous: before })
    }
    return applied
  }

  private add(record: EditRecord, key: string): void {
    this.byId.set(record.id, record)
    this.last = Math.max(this.last, record.id)
    if (record.version === undefined) {
      this.unsynced.push(record)
      this.unsyncedCells.set(key, record)
    } else this.addSynced(record, key)
    const stepRecords = this.steps.get(record.step)
    if (stepRecords) stepRecords.push(record)
    else this.steps.set(record.step, [record])
    if (this.isOwn(record) && !this.headed.has(record.step)) {
      // Unsynced records replay last, and so does a synced one past every own synced step.
      if (record.version === undefined || (record.version > this.lastOwnVersion && !this.unsynced.some((r) => this.isOwn(r))))
        this.headers.push({ step: record.step, kind: record.kind, target: record.target })
      else this.headersStale = true
      this.headed.add(record.step)
    }
    if (record.version !== undefined && this.isOwn(record)) this.lastOwnVersion = Math.max(this.lastOwnVersion, record.version)
  }

  /** The server acknowledged a record this log holds as unsynced. */
  private acknowledge(known: EditRecord, record: EditRecord, key: string): void {
    this.byId.set(record.id, record)
    this.unsynced.splice(this.unsynced.indexOf(known), 1)
    if (this.unsyncedCells.get(key) === known) {
      const still = this.unsynced.findLast((r) => cellKey(r.meta, r.column) === key)
      if (still) this.unsyncedCells.set(key, still)
      else this.unsyncedCells.delete(key)
    }
    this.addSynced(record, key)
    const stepRecords = this.steps.get(record.step)
    if (stepRecords) stepRecords[stepRecords.indexOf(known)] = record
    if (this.isOwn(record)) {
      if (record.version! < this.lastOwnVersion) this.headersStale = true
      this.lastOwnVersion = Math.max(this.lastOwnVersion, record.version!)
    }
  }

  private addSynced(record: EditRecord, key: string): void {
    const version = record.version!
    const lastSynced = this.synced.at(-1)
    if (!lastSynced || version > lastSynced.version!) this.synced.push(record)
    else {
      let low = 0
      let high = this.synced.length
      while (low < high) {
        const mid = (low + high) >> 1
        if (this.synced[mid]!.version! < version) low = mid + 1
        else high = mid
      }
      this.synced.splice(low, 0, record)
    }
    const current = this.syncedCells.get(key)
    if (!current || version > current.version!) this.syncedCells.set(key, record)
  }

  private currentAt(key: string): EditRecord | undefined {
    return this.unsyncedCells.get(key) ?? this.syncedCells.get(key)
  }

  /** The cell's current record. */
  current(meta: number, column: ColumnKey): EditRecord | undefined {
    return this.currentAt(cellKey(meta, column))
  }

  /** The current record of every cell the log has touched. */
  *touchedCells(): IterableIterator<EditRecord> {
    for (const [key, record] of this.syncedCells) if (!this.unsyncedCells.has(key)) yield record
    yield* this.unsyncedCells.values()
  }

  /** Every record, in replay order. */
  records(): readonly EditRecord[] {
    return this.unsynced.length === 0 ? this.synced : [...this.synced, ...this.unsynced]
  }

  /** Records written here that the server has not acknowledged, in id order. */
  unsyncedRecords(): readonly EditRecord[] {
    return this.unsynced
  }

  stepRecords(step: string): readonly EditRecord[] {
    return this.steps.get(step) ?? []
  }

  /** The steps undo and redo work on (this user's), in replay order. */
  stepHeaders(): readonly StepHeader[] {
    if (this.headersStale) {
      const seen = new Set<string>()
      this.headers = []
      for (const r of this.records()) {
        if (!this.isOwn(r) || seen.has(r.step)) continue
        seen.add(r.step)
        this.headers.push({ step: r.step, kind: r.kind, target: r.target })
      }
      this.headersStale = false
    }
    return this.headers
  }
}
