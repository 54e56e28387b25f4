/**
 * Where each meta stands in the review cycle, folded from a report's records: the unit it is
 * assigned to and its review status. The server checks every pushed batch against it (in order, so
 * a batch may assign and then submit); the app folds the same records to offer only what passes.
 */
import type { ReviewStatus } from '../reviewStatus'
import { UNREVIEWED } from '../reviewStatus'
import { allows } from './access'
import type { Account } from './account'
import { recordErrors, type RecordBatchError } from './recordErrors'
import { boundToUnit, mayChangeMeta, mayMove, needsReason } from './reviewTurn'
import type { PushedRecord } from './teamRecord'

export interface TurnState {
  /** Unit id per meta index; a meta absent here is no unit's. */
  readonly unitOf: ReadonlyMap<number, string>
  /** Review status per meta index; absent: sin revisar. */
  readonly statusOf: ReadonlyMap<number, ReviewStatus>
}

export const EMPTY_TURN: TurnState = { unitOf: new Map(), statusOf: new Map() }

type TurnRecord = Pick<PushedRecord, 'kind' | 'meta' | 'data'>

function applyTo(unitOf: Map<number, string>, statusOf: Map<number, ReviewStatus>, record: TurnRecord): void {
  if (record.kind === 'assign') {
    const unit = record.data['unit'] ?? ''
    if (unit === '') unitOf.delete(record.meta)
    else unitOf.set(record.meta, unit)
  } else if (record.kind === 'review') {
    statusOf.set(record.meta, (record.data['status'] ?? UNREVIEWED) as ReviewStatus)
  }
}

/** The state after these records, in log order. */
export function foldTurn(records: Iterable<TurnRecord>, from: TurnState = EMPTY_TURN): TurnState {
  const unitOf = new Map(from.unitOf)
  const statusOf = new Map(from.statusOf)
  for (const record of records) applyTo(unitOf, statusOf, record)
  return { unitOf, statusOf }
}

export interface TurnCheck {
  /** The units that exist: an assignment names one of them (or '' for none). */
  readonly units: ReadonlySet<string>
  /** How a person numbers the meta at this index (its "No." cell), for the messages. */
  readonly metaNo: (meta: number) => string
  /** Uids the log holds already (a retried push's): skipped, they were checked when first pushed. */
  readonly stored?: ReadonlySet<string>
}

/**
 * Null when the account may push these records, in this order, on a report in this state; otherwise
 * the refusal of the first one it may not. Setting a meta to the status it already has passes (a no-op).
 */
export function checkTurn(state: TurnState, account: Account, records: readonly PushedRecord[], check: TurnCheck): RecordBatchError | null {
  const unitOf = new Map(state.unitOf)
  const statusOf = new Map(state.statusOf)
  for (const [index, record] of records.entries()) {
    if (check.stored?.has(record.uid)) continue
    const refusal = turnRefusal(index, record, account, unitOf, statusOf, check)
    if (refusal) return { ...refusal, record: record.uid }
    applyTo(unitOf, statusOf, record)
  }
  return null
}

function turnRefusal(
  index: number,
  record: PushedRecord,
  account: Account,
  unitOf: ReadonlyMap<number, string>,
  statusOf: ReadonlyMap<number, ReviewStatus>,
  check: TurnCheck,
): RecordBatchError | null {
  const no = () => check.metaNo(record.meta)
  if (record.kind === 'assign') {
    if (!allows(account, 'metas.assign')) return recordErrors.cannotAssign(index)
    const unit = record.data['unit'] ?? ''
    if (unit !== '' && !check.units.has(unit)) return recordErrors.unknownUnit(index, unit)
  } else if (boundToUnit(record.kind) && !mayChangeMeta(account, unitOf.get(record.meta) ?? null)) {
    return recordErrors.notYourUnit(index, no())
  }
  if (record.kind !== 'review') return null
  const from = statusOf.get(record.meta) ?? UNREVIEWED
  const to = (record.data['status'] ?? UNREVIEWED) as ReviewStatus
  if (from !== to && !mayMove(account.role, from, to)) return recordErrors.transitionRefused(index, no(), from, to)
  if (from !== to && needsReason(to) && (record.data['reason'] ?? '').trim() === '') return recordErrors.reasonRequired(index, no())
  return null
}
