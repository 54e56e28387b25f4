import { afterEach, beforeEach, expect, it } from 'vitest'
import { RULES } from '../../../src/report/rules/ruleTable'
import type { PushedRecord, TeamRecord } from '../../../src/report/team/teamRecord'
import { forEachDatabase } from '../databases'
import { seed, seedAssign, seedEdit, seedReview, shareSeed } from '../seedRecords'
import { addUnit, signedIn, startTeamServer, type SignedIn, type TeamServer } from '../teamServer'

interface Refusal {
  code: string
  es: string
  en: string
}

/** Two metas of the seed, numbered as a person numbers them. */
const OURS = 0
const THEIRS = 5
const NOBODYS = 9
const no = (meta: number) => seed.metas[meta]!.cells.no

forEachDatabase('whose turn a meta is, enforced on every push', (database) => {
  let server: TeamServer
  let report: string
  let salud: string
  let cultura: string
  let planner: SignedIn
  let ana: SignedIn
  beforeEach(async () => {
    server = await startTeamServer(database.db)
    report = await shareSeed(database.db)
    salud = await addUnit(database.db, 'Secretaría de Salud')
    cultura = await addUnit(database.db, 'Secretaría de Cultura')
    planner = await signedIn(database.db, server, 'planificacion', 'Carmen Ruiz')
    ana = await signedIn(database.db, server, 'secretaria', 'Ana Pérez', salud)
    expect((await push(planner, [seedAssign(OURS, salud), seedAssign(THEIRS, cultura)])).status).toBe(200)
  })
  afterEach(() => server.close())

  const push = (who: SignedIn, records: readonly PushedRecord[], through = server) =>
    fetch(`${through.url}/api/reports/${report}/records`, {
      method: 'POST',
      headers: { ...who.headers, origin: through.url, 'content-type': 'application/json' },
      body: JSON.stringify({ records }),
    })
  const pull = async () =>
    (await (await fetch(`${server.url}/api/reports/${report}/records?after=0`, { headers: planner.headers })).json()) as { records: TeamRecord[]; version: number }
  const refusal = async (response: Response) => ((await response.json()) as { error: Refusal }).error

  /** Pushes and expects the refusal `code` with `status`, and nothing stored: the log's version unchanged. */
  async function refused(who: SignedIn, records: readonly PushedRecord[], status: number, code: string): Promise<Refusal> {
    const before = await pull()
    const response = await push(who, records)
    expect(response.status).toBe(status)
    const error = await refusal(response)
    expect(error.code).toBe(code)
    const after = await pull()
    expect(after.version).toBe(before.version)
    expect(after.records.map((r) => r.uid)).toEqual(before.records.map((r) => r.uid))
    return error
  }

  it("a secretaría edits and submits its unit's meta; planning returns it with a reason, the secretaría resubmits, planning approves", async () => {
    expect((await push(ana, [seedEdit(OURS, '12,5'), seedReview(OURS, 'reviewed')])).status).toBe(200)
    expect((await push(planner, [seedReview(OURS, 'needsCorrection', 'Falta el medio de verificación')])).status).toBe(200)
    expect((await push(ana, [seedEdit(OURS, '13'), seedReview(OURS, 'reviewed')])).status).toBe(200)
    expect((await push(planner, [seedReview(OURS, 'approved')])).status).toBe(200)
    const log = await pull()
    expect(log.records.filter((r) => r.kind === 'review').map((r) => [r.author.name, r.data['status'], r.data['reason']])).toEqual([
      ['Ana Pérez', 'reviewed', undefined],
      ['Carmen Ruiz', 'needsCorrection', 'Falta el medio de verificación'],
      ['Ana Pérez', 'reviewed', undefined],
      ['Carmen Ruiz', 'approved', undefined],
    ])
  })

  it("a forged secretaría edit of another unit's meta is refused with 403, naming the meta, and nothing of the push is stored", async () => {
    const error = await refused(ana, [seedEdit(OURS, '1'), seedEdit(THEIRS, '2')], 403, 'notYourUnit')
    expect(error.es).toBe(`El registro 2 cambia la meta ${no(THEIRS)}, que no está asignada a su unidad. No se guardó ningún cambio del envío.`)
    expect(error.en).toBe(`Record 2 changes meta ${no(THEIRS)}, which is not assigned to your unit. No change of the push was stored.`)
    // A meta no unit is responsible for is no secretaría's either; nor its review, acknowledgements.
    await refused(ana, [seedEdit(NOBODYS, '3')], 403, 'notYourUnit')
    await refused(ana, [seedReview(THEIRS, 'reviewed')], 403, 'notYourUnit')
    const ack: PushedRecord = { uid: crypto.randomUUID(), kind: 'ack', meta: THEIRS, at: Date.now(), data: { rule: RULES[0]!.id, column: '', reason: 'Así es' } }
    await refused(ana, [ack], 403, 'notYourUnit')
    // Comments cross units.
    const comment: PushedRecord = { uid: crypto.randomUUID(), kind: 'comment', meta: THEIRS, at: Date.now(), data: { text: '¿Esta meta es nuestra?' } }
    expect((await push(ana, [comment])).status).toBe(200)
  })

  it('a secretaría may not approve, nor return a meta; planning may not return one without saying what to correct', async () => {
    expect((await push(ana, [seedReview(OURS, 'reviewed')])).status).toBe(200)
    const approve = await push(ana, [seedReview(OURS, 'approved')])
    expect(approve.status).toBe(403)
    const back = await refused(ana, [seedReview(OURS, 'needsCorrection', 'Me equivoqué')], 403, 'transitionRefused')
    expect(back.es).toBe(`El registro 1 lleva la meta ${no(OURS)} de «reviewed» a «needsCorrection», un paso que su cuenta no puede dar. No se guardó ningún cambio del envío.`)
    const silent = await refused(planner, [seedReview(OURS, 'needsCorrection')], 403, 'reasonRequired')
    expect(silent.es).toBe(`El registro 1 devuelve la meta ${no(OURS)} para corrección sin decir qué corregir. No se guardó ningún cambio del envío.`)
    await refused(planner, [seedReview(OURS, 'needsCorrection', '   ')], 403, 'reasonRequired')
    expect((await push(planner, [seedReview(OURS, 'needsCorrection', 'Revise la fuente')])).status).toBe(200)
    // A step to the status the meta already has is no step.
    expect((await push(planner, [seedReview(OURS, 'needsCorrection')])).status).toBe(200)
  })

  it('only planning assigns, and only to a unit that exists', async () => {
    const error = await refused(ana, [seedAssign(THEIRS, salud)], 403, 'cannotAssign')
    expect(error.en).toBe('Record 1 assigns a meta, and only planning assigns metas. No change of the push was stored.')
    const unknown = await refused(planner, [seedAssign(NOBODYS, '00000000-0000-4000-8000-000000000000')], 400, 'unknownUnit')
    expect(unknown.es).toBe('El registro 1 asigna la meta a la unidad «00000000-0000-4000-8000-000000000000», que no existe. No se guardó ningún cambio del envío.')
    // In one push, planning may assign a meta and a secretaría of that unit then change it.
    expect((await push(planner, [seedAssign(NOBODYS, salud), seedEdit(NOBODYS, '4')])).status).toBe(200)
    expect((await push(ana, [seedEdit(NOBODYS, '5')])).status).toBe(200)
    // Taken from the unit, it is read-only for the secretaría again.
    expect((await push(planner, [seedAssign(NOBODYS, '')])).status).toBe(200)
    await refused(ana, [seedEdit(NOBODYS, '6')], 403, 'notYourUnit')
  })

  it('a push retried after the meta moved to another unit is still accepted as stored; a new change is refused', async () => {
    const first = [seedEdit(OURS, '21'), seedReview(OURS, 'reviewed')]
    const answer = (await (await push(ana, first)).json()) as { accepted: unknown[] }
    expect((await push(planner, [seedAssign(OURS, cultura), seedReview(OURS, 'approved')])).status).toBe(200)
    const retry = await push(ana, first)
    expect(retry.status).toBe(200)
    expect(((await retry.json()) as { accepted: unknown[] }).accepted).toEqual(answer.accepted)
    await refused(ana, [...first, seedEdit(OURS, '22')], 403, 'notYourUnit')
  })

  it('a meta reassigned through another server instance is refused through this one at once', async () => {
    const other = await startTeamServer(await database.secondInstance())
    try {
      // This instance has read the report's turn: Ana's meta is hers.
      expect((await push(ana, [seedEdit(OURS, '31')])).status).toBe(200)
      expect((await push(planner, [seedAssign(OURS, cultura)], other)).status).toBe(200)
      await refused(ana, [seedEdit(OURS, '32')], 403, 'notYourUnit')
      expect((await push(planner, [seedAssign(OURS, salud)], other)).status).toBe(200)
      expect((await push(ana, [seedEdit(OURS, '33')])).status).toBe(200)
    } finally {
      await other.close()
    }
  })

  it('edits racing a reassignment are stored before it or refused, never after it', async () => {
    const other = await startTeamServer(await database.secondInstance())
    try {
      const edits = Array.from({ length: 12 }, (_, i) => seedEdit(OURS, String(40 + i)))
      const pushes = edits.map((record, i) => push(ana, [record], i % 2 === 0 ? server : other))
      const moved = push(planner, [seedAssign(OURS, cultura)], other)
      const statuses = await Promise.all(pushes.map(async (p) => (await p).status))
      expect((await moved).status).toBe(200)
      expect(statuses.every((s) => s === 200 || s === 403)).toBe(true)
      const log = await pull()
      const assignedAt = log.records.findLast((r) => r.kind === 'assign' && r.meta === OURS)!.version
      const stored = log.records.filter((r) => r.kind === 'edit' && r.meta === OURS)
      expect(stored.map((r) => r.uid).sort()).toEqual(
        edits
          .filter((_, i) => statuses[i] === 200)
          .map((r) => r.uid)
          .sort(),
      )
      expect(stored.every((r) => r.version < assignedAt)).toBe(true)
    } finally {
      await other.close()
    }
  })
})
