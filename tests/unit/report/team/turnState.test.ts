import { describe, expect, it } from 'vitest'
import { REVIEW_STATUSES, type ReviewStatus } from '../../../../src/report/reviewStatus'
import type { Account, Role } from '../../../../src/report/team/account'
import { nextStatuses } from '../../../../src/report/team/reviewTurn'
import type { PushedRecord, TeamRecordKind } from '../../../../src/report/team/teamRecord'
import { checkTurn, EMPTY_TURN, foldTurn, type TurnState } from '../../../../src/report/team/turnState'

const SALUD = { id: 'u-salud', name: 'Secretaría de Salud' }
const CULTURA = { id: 'u-cultura', name: 'Secretaría de Cultura' }
const UNITS = new Set([SALUD.id, CULTURA.id])
const metaNo = (meta: number) => `${meta + 1}.1`

const who = (role: Role, unit: Account['unit'] = null): Account => ({ id: `a-${role}`, email: `${role}@quito.gob.ec`, name: role, role, unit })
const PLANNER = who('planificacion')
const ANA = who('secretaria', SALUD)
const READER = who('consulta')

let n = 0
const record = (kind: TeamRecordKind, meta: number, data: Record<string, string>): PushedRecord => ({ uid: `uid-${++n}`, kind, meta, at: n, data })
const assign = (meta: number, unit: string) => record('assign', meta, { unit })
const review = (meta: number, status: ReviewStatus, reason?: string) => record('review', meta, reason === undefined ? { status } : { status, reason })
const edit = (meta: number) => record('edit', meta, { column: 'achieved', before: '1', after: '2', step: 's', stepKind: 'edit' })

/** Meta 0 is Salud's, meta 1 Cultura's, meta 2 nobody's; meta 0 at `status`. */
const state = (status: ReviewStatus = 'unreviewed'): TurnState => foldTurn([assign(0, SALUD.id), assign(1, CULTURA.id), review(0, status)])
const check = (account: Account, records: readonly PushedRecord[], on = state(), stored?: ReadonlySet<string>) =>
  checkTurn(on, account, records, { units: UNITS, metaNo, stored })?.code ?? null

describe('foldTurn', () => {
  it('keeps the latest unit and status of each meta, in log order; an empty unit takes the meta from any', () => {
    const folded = foldTurn([assign(0, SALUD.id), review(0, 'reviewed'), assign(0, CULTURA.id), assign(3, SALUD.id), review(0, 'approved'), assign(3, '')])
    expect([...folded.unitOf]).toEqual([[0, CULTURA.id]])
    expect([...folded.statusOf]).toEqual([[0, 'approved']])
    // Folding on from a state leaves that state as it was.
    const before = state()
    foldTurn([assign(0, CULTURA.id)], before)
    expect(before.unitOf.get(0)).toBe(SALUD.id)
    expect(EMPTY_TURN.unitOf.size).toBe(0)
  })
})

describe('checkTurn', () => {
  it("a secretaría changes its unit's metas only: edits, submits, acknowledges; never another unit's or nobody's", () => {
    expect(check(ANA, [edit(0), review(0, 'reviewed'), record('ack', 0, { rule: 'r', column: '', reason: 'x' })])).toBeNull()
    expect(check(ANA, [edit(1)])).toBe('notYourUnit')
    expect(check(ANA, [edit(2)])).toBe('notYourUnit')
    expect(check(ANA, [review(1, 'reviewed')])).toBe('notYourUnit')
    expect(check(ANA, [record('unack', 1, { rule: 'r', column: '' })])).toBe('notYourUnit')
    // Comments and their resolution are no unit's.
    expect(check(ANA, [record('comment', 1, { text: 'Hola' }), record('resolve', 2, { thread: 'uid-1' })])).toBeNull()
    // A secretaría without a unit changes nothing.
    expect(check(who('secretaria'), [edit(0)])).toBe('notYourUnit')
  })

  it('names the first refused record and its meta as a person numbers them', () => {
    const refusal = checkTurn(state(), ANA, [edit(0), edit(1)], { units: UNITS, metaNo })
    expect(refusal?.es).toBe('El registro 2 cambia la meta 2.1, que no está asignada a su unidad. No se guardó ningún cambio del envío.')
  })

  it('each role makes exactly the review steps of reviewTurn, from every status', () => {
    for (const account of [PLANNER, ANA, READER]) {
      for (const from of REVIEW_STATUSES) {
        for (const to of REVIEW_STATUSES) {
          // A reader changes no meta at all; a step to the status the meta has is no step.
          const expected = account.role === 'consulta' ? 'notYourUnit' : from === to || nextStatuses(account.role, from).includes(to) ? null : 'transitionRefused'
          const code = check(account, [review(0, to, 'Motivo')], state(from))
          expect({ role: account.role, from, to, code }).toEqual({ role: account.role, from, to, code: expected })
        }
      }
    }
  })

  it('the concrete steps: a secretaría submits and resubmits, never approves nor returns; planning approves, or returns saying why', () => {
    expect(check(ANA, [review(0, 'reviewed')], state('unreviewed'))).toBeNull()
    expect(check(ANA, [review(0, 'reviewed')], state('needsCorrection'))).toBeNull()
    expect(check(ANA, [review(0, 'approved')], state('reviewed'))).toBe('transitionRefused')
    expect(check(ANA, [review(0, 'needsCorrection', 'x')], state('reviewed'))).toBe('transitionRefused')
    expect(check(ANA, [review(0, 'reviewed')], state('approved'))).toBe('transitionRefused')
    expect(check(PLANNER, [review(0, 'approved')], state('reviewed'))).toBeNull()
    expect(check(PLANNER, [review(0, 'needsCorrection')], state('reviewed'))).toBe('reasonRequired')
    expect(check(PLANNER, [review(0, 'needsCorrection', '  ')], state('reviewed'))).toBe('reasonRequired')
    expect(check(PLANNER, [review(0, 'needsCorrection', 'Falta la fuente')], state('reviewed'))).toBeNull()
    expect(check(PLANNER, [review(0, 'reviewed')], state('unreviewed'))).toBe('transitionRefused')
    // Planning changes any meta, assigned or not.
    expect(check(PLANNER, [edit(1), edit(2), review(2, 'approved')])).toBeNull()
  })

  it('only planning assigns, to a unit that exists or to none; later records of the batch see the assignment', () => {
    expect(check(ANA, [assign(2, SALUD.id)])).toBe('cannotAssign')
    expect(check(PLANNER, [assign(2, 'u-nueva')])).toBe('unknownUnit')
    expect(check(PLANNER, [assign(2, '')])).toBeNull()
    const planned = foldTurn([assign(2, SALUD.id)], state())
    expect(check(ANA, [edit(2)], planned)).toBeNull()
    // In one batch, in order: a status set then stepped on from there.
    expect(check(PLANNER, [review(0, 'approved'), review(0, 'needsCorrection')], state('reviewed'))).toBe('reasonRequired')
    expect(check(ANA, [review(0, 'reviewed'), edit(0)], state('needsCorrection'))).toBeNull()
  })

  it('skips records already stored: a retry is checked only on what it adds', () => {
    const submitted = review(0, 'reviewed')
    const approved = state('approved')
    expect(check(ANA, [submitted], approved)).toBe('transitionRefused')
    expect(check(ANA, [submitted], approved, new Set([submitted.uid]))).toBeNull()
    expect(check(ANA, [submitted, edit(1)], approved, new Set([submitted.uid]))).toBe('notYourUnit')
  })
})
