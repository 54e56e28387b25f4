// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../src/report/applyEdits'
import { checkReport, RULES, type Finding, type RuleId } from '../../../src/report/findings'
import type { CellEdit } from '../../../src/report/types'
import { parseOk, seedMetaRows, seedReport, seedRows } from '../../fixtures/seedReport'
import { toCsv, utf8 } from './sourceCopies'

const seed = seedReport()
const findings = checkReport(seed)
/** "54:planned" per finding of a rule, in meta order. */
const where = (list: readonly Finding[], rule: RuleId) => list.filter((f) => f.rule === rule).map((f) => (f.column ? `${f.no}:${f.column}` : f.no))

describe('checkReport on the seed', () => {
  it('flags meta 54, whose cells are shifted one column right, as shifted and not a number', () => {
    const raw = seedMetaRows().find((r) => r[3] === '54')!
    expect(raw[4]).toBe('')
    expect(raw.slice(7, 10)).toEqual(['100', '0', '0,00%'])
    expect(where(findings, 'shiftedRow')).toEqual(['54'])
    expect(where(findings, 'numberUnparseable')).toEqual(['54:planned'])
    expect(where(findings, 'percentWithoutSign')).toEqual(['54:percent'])
    expect(where(findings, 'rowShape')).toEqual([])
  })

  it('flags the empty descriptions of metas 52, 53 and 54 and the empty indicator of meta 131', () => {
    const empty = seedMetaRows().flatMap((r) => [4, 5].filter((i) => r[i]!.trim() === '').map((i) => `${r[3]}:${i === 4 ? 'description' : 'indicator'}`))
    expect(where(findings, 'requiredEmpty')).toEqual(empty)
    expect(empty).toEqual(['52:description', '53:description', '54:description', '131:indicator'])
  })

  it('flags the <p> residue in the competence and result of metas 29 and 30', () => {
    expect(where(findings, 'markupResidue')).toEqual(['29:competence', '29:result', '30:competence', '30:result'])
  })

  it('flags CONCURRENTES as another spelling of CONCURRENTE, and the two objective texts written two ways', () => {
    const types = seedMetaRows().map((r) => r[1])
    const plural = seedMetaRows()
      .filter((r) => r[1] === 'CONCURRENTES')
      .map((r) => `${r[3]}:competenceType`)
    expect(types.filter((t) => t === 'CONCURRENTE')).toHaveLength(86)
    expect(plural).toHaveLength(3)
    const variants = where(findings, 'categoryVariant')
    expect(variants.filter((v) => v.endsWith('competenceType'))).toEqual(plural)
    const minority21 = seedMetaRows()
      .filter((r) => r[0]!.startsWith('2.1 Procesos'))
      .map((r) => `${r[3]}:objective`)
    expect(minority21).toHaveLength(2)
    expect(variants).toEqual(expect.arrayContaining(minority21))
    expect(variants.filter((v) => v.endsWith('objective'))).toEqual(['213:objective', '214:objective', '215:objective', '216:objective', '259:objective', '260:objective'])
    const message = findings.find((f) => f.rule === 'categoryVariant' && f.column === 'competenceType')!.message
    expect(message.es).toBe('«CONCURRENTES» es otra forma de escribir «CONCURRENTE» (86 metas).')
  })

  it('notes each objective code used by different objectives, once per objective', () => {
    const shared = findings.filter((f) => f.rule === 'objectiveCodeShared')
    const codes = new Set(shared.map((f) => /código (\S+)/.exec(f.message.es)![1]))
    expect([...codes].sort()).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '5.2'])
    expect(shared).toHaveLength(18)
    expect(shared.every((f) => f.severity === 'info')).toBe(true)
  })

  it('notes the goals whose description sets a reduction', () => {
    expect(where(findings, 'reductionGoal')).toEqual(['46:description', '48:description', '64:description', '147:description', '169:description', '296:description'])
  })

  it('flags every result under 100 % that has no "Justificación", and only those', () => {
    const expected = seedMetaRows()
      .filter((r) => /%$/.test(r[8]!) || r[8] === '0')
      .filter((r) => Number(r[8]!.replace('%', '').replace(',', '.')) < 100 && !/justificaci[oó]n/i.test(r[9]!))
      .map((r) => `${r[3]}:result`)
    expect(where(findings, 'justificationMissing')).toEqual(expected)
    expect(expected).toHaveLength(93)
  })

  it('finds no percentage mismatch, zero plan, numbering problem or stray whitespace in the seed', () => {
    const none: RuleId[] = ['percentMismatch', 'plannedZero', 'numberDuplicate', 'numberMissing', 'numberOrder', 'whitespace']
    expect(none.map((r) => where(findings, r))).toEqual(none.map(() => []))
    expect(seedMetaRows().map((r) => Number(r[3]))).toEqual(seedMetaRows().map((_, i) => i + 1))
  })

  it('says an empty cell is empty in agreement with its column: «Indicador» está vacío, «Descripción de la meta» está vacía', () => {
    const message = (no: string) => findings.find((f) => f.rule === 'requiredEmpty' && f.no === no)!.message
    expect(message('131')).toEqual({ es: '«Indicador» está vacío.', en: '"Indicator" is empty.' })
    expect(message('52')).toEqual({ es: '«Descripción de la meta» está vacía.', en: '"Goal description" is empty.' })
  })

  it('formats the percentages it cites with a space before %, as everywhere in the app', () => {
    // Meta 9 reports 66,67% with no justification.
    expect(findings.find((f) => f.rule === 'justificationMissing' && f.no === '9')!.message).toEqual({
      es: 'Cumplimiento de 66,67 % sin «Justificación:» en el resultado.',
      en: 'Fulfillment of 66,67 % with no "Justificación:" in the result.',
    })
    // Only the finding about a missing % sign quotes the cell as written.
    const cited = findings.filter((f) => f.rule !== 'percentWithoutSign' && /\d%/.test(f.message.es + f.message.en))
    expect(cited).toEqual([])
  })

  it('gives every finding a documented rule, its severity and a message in both languages', () => {
    for (const f of findings) {
      const rule = RULES.find((r) => r.id === f.rule)!
      expect(f.severity).toBe(rule.severity)
      expect(f.message.es).not.toBe('')
      expect(f.message.en).not.toBe('')
      expect(seed.metas[f.meta]!.cells.no).toBe(f.no)
    }
  })
})

describe('checkReport on edited copies', () => {
  const edit = (...edits: CellEdit[]) => checkReport(applyEdits(seed, edits))

  it('flags a reported percentage that disagrees with achieved / planned by more than 0.01 points', () => {
    expect(where(edit({ meta: 1, column: 'percent', after: '140,62%' }), 'percentMismatch')).toEqual(['2:percent'])
    expect(where(edit({ meta: 1, column: 'percent', after: '140,61%' }), 'percentMismatch')).toEqual([])
  })

  it('follows an edit that fixes a cell, keeping the other metas’ findings as they were', () => {
    const id = seed.metas.findIndex((m) => m.cells.no === '131')
    const after = edit({ meta: id, column: 'indicator', after: 'NÚMERO DE OBRAS' })
    expect(where(after, 'requiredEmpty')).toEqual(['52:description', '53:description', '54:description'])
    const untouched = findings.filter((f) => f.meta !== id)
    expect(after.filter((f) => f.meta !== id)).toEqual(untouched)
    expect(where(checkReport(seed), 'requiredEmpty')).toContain('131:indicator')
  })

  it('flags a planned total of zero', () => {
    expect(where(edit({ meta: 0, column: 'planned', after: '0' }), 'plannedZero')).toEqual(['1:planned'])
  })

  it('flags a duplicate, a gap and a number out of order', () => {
    const list = edit(
      { meta: 2, column: 'no', after: '2' },
      { meta: 10, column: 'no', after: '9' },
      { meta: 20, column: 'no', after: '22' },
      { meta: 21, column: 'no', after: '21' },
    )
    expect(where(list, 'numberDuplicate')).toEqual(['2:no', '9:no'])
    expect(where(list, 'numberOrder')).toEqual(['21:no'])
    expect(where(list, 'numberMissing')).toEqual(['4:no', '12:no'])
    expect(list.find((f) => f.rule === 'numberMissing' && f.no === '4')!.message).toEqual({ es: 'Falta la meta 3 antes de la 4.', en: 'Goal 3 is missing before goal 4.' })
  })

  it('names a run of missing goals in the plural', () => {
    const list = edit({ meta: 40, column: 'no', after: '40' }, { meta: 41, column: 'no', after: '40' }, { meta: 42, column: 'no', after: '40' })
    expect(where(list, 'numberMissing')).toEqual(['44:no'])
    expect(list.find((f) => f.rule === 'numberMissing')!.message).toEqual({ es: 'Faltan las metas 41–43 antes de la 44.', en: 'Goals 41–43 are missing before goal 44.' })
  })

  it('writes percentages in messages the Ecuadorian way, "140,62 %"', () => {
    // Meta 2 reports 140,60% on 703 of 500; the edit makes it disagree.
    const mismatch = edit({ meta: 1, column: 'percent', after: '140,62%' }).find((f) => f.rule === 'percentMismatch')!
    expect(mismatch.message).toEqual({ es: 'Se informa 140,62 % pero cumplido / planificado da 140,60 %.', en: '140,62 % is reported but achieved / planned gives 140,60 %.' })
  })

  it('flags leading, trailing and doubled spaces and HTML entities', () => {
    const list = edit({ meta: 0, column: 'indicator', after: ' NÚMERO  DE SERVICIOS' }, { meta: 1, column: 'result', after: 'Obras&nbsp;nuevas' })
    expect(where(list, 'whitespace')).toEqual(['1:indicator'])
    expect(where(list, 'markupResidue')).toContain('2:result')
  })

  it('flags a row with more cells than the header as the wrong shape and keeps it as a meta', () => {
    const rows = seedRows()
    const line = seed.metas[5]!.line - 1
    rows[line] = [...rows[line]!, 'celda extra']
    const report = parseOk(utf8(toCsv(rows, ';')))
    expect(report.metas).toHaveLength(351)
    expect(report.metas[5]!.rawCells).toHaveLength(12)
    expect(where(checkReport(report), 'rowShape')).toEqual(['6'])
  })
})
