/**
 * Whose turn a meta is in team mode: the review transitions each role may make, and which metas an
 * account may change. One table, read by the server on every push and mirrored by the app, which
 * offers only these. (Local mode keeps its single-person review: every status, every meta.)
 *
 *   sin revisar ──(secretaría)──▶ lista para revisión ──(planificación)──▶ aprobada
 *                                   ▲                  └─(planificación, con motivo)─▶ requiere corrección
 *                                   └────────────(secretaría corrige)─────────────────────┘
 */
import type { ReviewStatus } from '../reviewStatus'
import type { Account, Role } from './account'
import type { TeamRecordKind } from './teamRecord'

type Transitions = Readonly<Partial<Record<ReviewStatus, readonly ReviewStatus[]>>>

const TRANSITIONS: Readonly<Record<Role, Transitions>> = {
  secretaria: { unreviewed: ['reviewed'], needsCorrection: ['reviewed'] },
  // Planning approves or returns what is ready, and may also decide on a meta nobody submitted
  // (one no unit is responsible for) or reopen an approved one.
  planificacion: {
    unreviewed: ['approved', 'needsCorrection'],
    reviewed: ['approved', 'needsCorrection'],
    needsCorrection: ['approved'],
    approved: ['needsCorrection'],
  },
  consulta: {},
}

/** The statuses this role may move a meta to from `from`, in the workflow's order. */
export function nextStatuses(role: Role, from: ReviewStatus): readonly ReviewStatus[] {
  return TRANSITIONS[role][from] ?? []
}

export function mayMove(role: Role, from: ReviewStatus, to: ReviewStatus): boolean {
  return nextStatuses(role, from).includes(to)
}

/** Returning a meta for correction needs a comment saying what to correct (the review record's `reason`). */
export function needsReason(to: ReviewStatus): boolean {
  return to === 'needsCorrection'
}

/** Record kinds bound to the meta's unit: a `secretaria` may push them only for its own unit's metas. */
const UNIT_BOUND: ReadonlySet<TeamRecordKind> = new Set<TeamRecordKind>(['edit', 'review', 'ack', 'unack'])

/** Comments and their resolution stay open to every account that may push: a conversation crosses units. */
export function boundToUnit(kind: TeamRecordKind): boolean {
  return UNIT_BOUND.has(kind)
}

/**
 * Whether the account may change a meta whose responsible unit is `unit` (null: no unit assigned).
 * Planning changes every meta; a secretaría only its own unit's; consulta none.
 */
export function mayChangeMeta(account: Account, unit: string | null): boolean {
  if (account.role === 'planificacion') return true
  if (account.role !== 'secretaria') return false
  return unit !== null && account.unit !== undefined && account.unit !== null && account.unit.id === unit
}
