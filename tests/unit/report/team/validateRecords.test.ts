// @vitest-environment node
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { approvesMeta, MAX_RECORD_TEXT, MAX_RECORDS_PER_PUSH, type PushedRecord } from '../../../../src/report/team/teamRecord'
import { validatePushedRecords, type ValidatedBatch } from '../../../../src/report/team/validateRecords'
import { seedReport } from '../../../fixtures/seedReport'

const report = seedReport()
const metaCount = report.metas.length

const edit = (over: Partial<PushedRecord> = {}, data: Record<string, string> = {}): PushedRecord => ({
  uid: randomUUID(),
  kind: 'edit',
  meta: 0,
  at: Date.now(),
  data: { column: 'achieved', before: report.metas[0]!.cells.achieved, after: '29,5', step: randomUUID(), stepKind: 'edit', ...data },
  ...over,
})

function refusal(batch: ValidatedBatch) {
  if (!('error' in batch)) throw new Error('expected the batch to be refused')
  return batch.error
}

/** A good record first, so each case also shows the whole batch is refused, not just the bad record. */
const withGoodFirst = (bad: unknown) => ({ records: [edit(), bad] })

describe('validatePushedRecords on the seed report', () => {
  it('accepts one record of each kind as pushed', () => {
    const records: PushedRecord[] = [
      edit(),
      edit({}, { stepKind: 'undo', target: randomUUID() }),
      { uid: randomUUID(), kind: 'review', meta: 1, at: 1, data: { status: 'approved' } },
      { uid: randomUUID(), kind: 'comment', meta: metaCount - 1, at: 2, data: { text: 'Revisar la fuente del indicador' } },
      { uid: randomUUID(), kind: 'ack', meta: 2, at: 3, data: { rule: 'whitespace', column: 'description', reason: 'Así consta en el original' } },
      { uid: randomUUID(), kind: 'ack', meta: 2, at: 4, data: { rule: 'rowShape', column: '', reason: 'Fila revisada' } },
      { uid: randomUUID(), kind: 'unack', meta: 2, at: 5, data: { rule: 'whitespace', column: 'description' } },
    ]
    expect(validatePushedRecords(report, { records })).toEqual({ records })
  })

  it('refuses the whole batch for a record naming an unknown column', () => {
    const error = refusal(validatePushedRecords(report, withGoodFirst(edit({}, { column: 'presupuesto' }))))
    expect(error).toEqual({
      code: 'unknownColumn',
      es: 'El registro 2 se refiere a la columna «presupuesto», que no existe. No se guardó ningún cambio del envío.',
      en: 'Record 2 refers to column "presupuesto", which does not exist. No change of the push was stored.',
    })
  })

  it('refuses a meta outside the report, saying how many metas it has', () => {
    const error = refusal(validatePushedRecords(report, withGoodFirst(edit({ meta: metaCount }))))
    expect(error.code).toBe('metaOutside')
    expect(error.es).toContain(`la meta ${metaCount}, que no está en el informe (tiene ${metaCount} metas)`)
    expect(error.en).toContain(`meta ${metaCount}, which is not in the report (it has ${metaCount} metas)`)
    expect(refusal(validatePushedRecords(report, { records: [edit({ meta: -1 })] })).code).toBe('metaOutside')
    expect(refusal(validatePushedRecords(report, { records: [edit({ meta: 1.5 })] })).code).toBe('badData')
  })

  it('refuses a text over the limit and accepts one at it', () => {
    const comment = (text: string) => ({ uid: randomUUID(), kind: 'comment', meta: 0, at: 1, data: { text } })
    const error = refusal(validatePushedRecords(report, withGoodFirst(comment('x'.repeat(MAX_RECORD_TEXT + 1)))))
    expect(error).toEqual({
      code: 'textTooLong',
      es: 'El registro 2 trae un texto de 100.001 caracteres en «text»; el máximo es 100.000. No se guardó ningún cambio del envío.',
      en: 'Record 2 carries a text of 100001 characters in "text"; the maximum is 100000. No change of the push was stored.',
    })
    expect(validatePushedRecords(report, { records: [comment('x'.repeat(MAX_RECORD_TEXT))] })).toHaveProperty('records')
  })

  it('refuses a uid that is not a UUID, or one repeated in the batch', () => {
    const error = refusal(validatePushedRecords(report, withGoodFirst(edit({ uid: 'cambio-1' }))))
    expect(error).toEqual({
      code: 'badUid',
      es: 'El registro 2 no tiene un identificador válido (UUID). No se guardó ningún cambio del envío.',
      en: 'Record 2 has no valid id (UUID). No change of the push was stored.',
    })
    const twice = edit()
    expect(refusal(validatePushedRecords(report, { records: [twice, { ...twice }] })).code).toBe('duplicateUid')
  })

  it('refuses a batch over the limit and accepts one at it', () => {
    const batch = (n: number) => ({ records: Array.from({ length: n }, () => edit()) })
    const error = refusal(validatePushedRecords(report, batch(MAX_RECORDS_PER_PUSH + 1)))
    expect(error).toEqual({
      code: 'batchTooLarge',
      es: 'El envío trae 1.001 registros; el máximo es 1.000 por envío. No se guardó ningún cambio del envío.',
      en: 'The push holds 1001 records; the maximum is 1000 a push. No change of the push was stored.',
    })
    expect(validatePushedRecords(report, batch(MAX_RECORDS_PER_PUSH))).toHaveProperty('records')
  })

  it('refuses a body that is not a batch', () => {
    for (const body of [null, 'texto', [], {}, { records: {} }]) {
      expect(refusal(validatePushedRecords(report, body)).code).toBe('batchShape')
    }
    expect(refusal(validatePushedRecords(report, { records: [42] })).code).toBe('recordShape')
  })

  it('refuses unknown kinds, rules and statuses, and missing, extra or non-text fields', () => {
    const one = (record: unknown) => refusal(validatePushedRecords(report, { records: [record] })).code
    expect(one({ ...edit(), kind: 'delete' })).toBe('badKind')
    expect(one({ ...edit(), at: 'ayer' })).toBe('badTime')
    expect(one({ uid: randomUUID(), kind: 'ack', meta: 0, at: 1, data: { rule: 'noSuchRule', column: '', reason: 'r' } })).toBe('unknownRule')
    expect(one({ uid: randomUUID(), kind: 'review', meta: 0, at: 1, data: { status: 'aprobada' } })).toBe('badStatus')
    expect(one({ uid: randomUUID(), kind: 'review', meta: 0, at: 1, data: {} })).toBe('badData')
    expect(one({ uid: randomUUID(), kind: 'comment', meta: 0, at: 1, data: { text: 'a', html: '<b>' } })).toBe('badData')
    expect(one({ uid: randomUUID(), kind: 'comment', meta: 0, at: 1, data: { text: 5 } })).toBe('badData')
    expect(one(edit({}, { column: '' }))).toBe('unknownColumn')
    expect(one(edit({}, { stepKind: 'undo' }))).toBe('badData')
    expect(one(edit({}, { stepKind: 'borrar' }))).toBe('badData')
  })

  it('tells an approval from other review statuses', () => {
    const review = (status: string): PushedRecord => ({ uid: randomUUID(), kind: 'review', meta: 0, at: 1, data: { status } })
    expect(approvesMeta(review('approved'))).toBe(true)
    expect(approvesMeta(review('needsCorrection'))).toBe(false)
    expect(approvesMeta(edit())).toBe(false)
  })
})
