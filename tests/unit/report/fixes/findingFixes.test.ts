// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../../src/report/applyEdits'
import { checkReport, type Finding, type RuleId } from '../../../../src/report/findings'
import { fixOf } from '../../../../src/report/fixes/findingFix'
import { planFixAll } from '../../../../src/report/fixes/fixAll'
import type { CellEdit, Report } from '../../../../src/report/types'
import { seedMetaRows, seedReport } from '../../../fixtures/seedReport'

const seed = seedReport()
const findings = checkReport(seed)
const ofRule = (list: readonly Finding[], rule: RuleId) => list.filter((f) => f.rule === rule)
const metaNo = (no: string) => seed.metas.find((m) => m.cells.no === no)!
/** A rule's fix-all over every open finding, applied to the report as one list of edits. */
function fixAll(report: Report, rule: RuleId) {
  const plan = planFixAll(report, checkReport(report), rule, () => true)
  return { plan, after: applyEdits(report, plan.edits) }
}
/** Findings of a report other than those of `rule`, as "no:rule:column", to compare two versions. */
const others = (list: readonly Finding[], rule: RuleId) => list.filter((f) => f.rule !== rule).map((f) => `${f.no}:${f.rule}:${f.column}`)

describe('fixes of the seed’s findings', () => {
  it('takes the HTML out of metas 29 and 30, leaving no residue and the rest of each text as it was', () => {
    expect(ofRule(findings, 'markupResidue')).toHaveLength(4)
    const { plan, after } = fixAll(seed, 'markupResidue')
    expect(plan.edits.map((e) => `${seed.metas[e.meta]!.cells.no}:${e.column}`)).toEqual(['29:competence', '29:result', '30:competence', '30:result'])
    const afterFindings = checkReport(after)
    expect(ofRule(afterFindings, 'markupResidue')).toEqual([])
    expect(others(afterFindings, 'markupResidue')).toEqual(others(findings, 'markupResidue'))
    // Read in the source: each paragraph's text, the paragraphs separated by the space the file has between them.
    const row30 = seedMetaRows().find((r) => r[3] === '30')!
    expect(row30[9]!.startsWith('<p>') && row30[9]!.endsWith('</p>')).toBe(true)
    expect(after.metas[metaNo('30').id]!.cells.result).toBe(row30[9]!.slice('<p>'.length, -'</p>'.length))
    const row29 = seedMetaRows().find((r) => r[3] === '29')!
    expect(after.metas[metaNo('29').id]!.cells.result).toBe(row29[9]!.split(/<\/?p>/).join(''))
    expect(after.metas[metaNo('29').id]!.cells.result).not.toMatch(/<|>/)
    // Nothing else in the report changed.
    const changed = after.metas.filter((m, i) => m !== seed.metas[i]).map((m) => m.cells.no)
    expect(changed).toEqual(['29', '30'])
  })

  it('writes the three CONCURRENTES as CONCURRENTE and each objective written two ways as its most used spelling', () => {
    const variants = ofRule(findings, 'categoryVariant')
    expect(variants).toHaveLength(9)
    const first = fixOf(variants[0]!, seed)
    expect(first.kind === 'edit' && first.spellings).toEqual([
      { text: 'CONCURRENTE', count: 86 },
      { text: 'CONCURRENTES', count: 3 },
    ])
    const { plan, after } = fixAll(seed, 'categoryVariant')
    expect(plan.fixed).toHaveLength(9)
    expect(ofRule(checkReport(after), 'categoryVariant')).toEqual([])
    expect(new Set(after.metas.map((m) => m.cells.competenceType))).toEqual(new Set(['EXCLUSIVA', 'CONCURRENTE']))
    expect(after.metas.filter((m) => m.cells.competenceType === 'CONCURRENTE')).toHaveLength(89)
    // "2.1 Procesos…" (metas 259 and 260) takes the colon of the twelve others.
    const objective21 = seed.metas.filter((m) => m.cells.objective.startsWith('2.1: Procesos'))[0]!.cells.objective
    expect(after.metas[metaNo('259').id]!.cells.objective).toBe(objective21)
    expect(after.metas[metaNo('260').id]!.cells.objective).toBe(objective21)
  })

  it('writes a variant as the spelling the person picks instead of the most used one', () => {
    const plural = ofRule(findings, 'categoryVariant').find((f) => f.column === 'competenceType')!
    const fix = fixOf(plural, seed, 'Concurrente')
    expect(fix.kind === 'edit' && fix.edits).toEqual([{ meta: plural.meta, column: 'competenceType', before: 'CONCURRENTES', after: 'Concurrente' }])
  })

  it('realigns meta 54 to the values a person reads in the source, losing nothing written in the row', () => {
    const shifted = ofRule(findings, 'shiftedRow')
    expect(shifted.map((f) => f.no)).toEqual(['54'])
    const raw = seedMetaRows().find((r) => r[3] === '54')!
    // In the source the empty cell before the description pushes the rest one column right.
    expect(raw[4]).toBe('')
    const { after } = fixAll(seed, 'shiftedRow')
    const cells = after.metas[metaNo('54').id]!.cells
    expect([cells.description, cells.indicator, cells.planned, cells.achieved, cells.percent, cells.result]).toEqual(raw.slice(5, 11))
    expect(cells.contribution).toBe('')
    expect([cells.objective, cells.competenceType, cells.competence, cells.no]).toEqual(raw.slice(0, 4))
    const written = (texts: readonly string[]) => texts.filter((t) => t !== '').sort()
    expect(written(Object.values(cells))).toEqual(written(raw))
    // Its findings were the shift's; what is left is the narrative the source never had.
    const rulesOf54 = (list: readonly Finding[]) => list.filter((f) => f.no === '54').map((f) => `${f.rule}:${f.column}`)
    expect(rulesOf54(findings)).toEqual(['shiftedRow:null', 'requiredEmpty:description', 'numberUnparseable:planned', 'percentWithoutSign:percent', 'justificationMissing:result'])
    expect(rulesOf54(checkReport(after))).toEqual(['requiredEmpty:contribution'])
  })

  it('offers no fix of meta 54’s other findings before its row is realigned', () => {
    const rest = findings.filter((f) => f.no === '54' && f.rule !== 'shiftedRow')
    expect(rest.map((f) => fixOf(f, seed))).toEqual(rest.map((f) => ({ kind: 'none', rule: f.rule, reason: 'shiftedFirst', related: [f.meta] })))
  })

  it('opens a missing justification with "Justificación: " after the result, and never writes one', () => {
    const missing = ofRule(findings, 'justificationMissing')
    expect(missing).toHaveLength(93)
    const nine = missing.find((f) => f.no === '9')!
    expect(fixOf(nine, seed)).toEqual({ kind: 'compose', rule: 'justificationMissing', meta: nine.meta, column: 'result', text: `${metaNo('9').cells.result} Justificación: ` })
    expect(fixAll(seed, 'justificationMissing').plan.edits).toEqual([])
  })

  it('says a shared objective code needs a person and names the other objectives’ metas', () => {
    const shared = ofRule(findings, 'objectiveCodeShared')
    for (const f of shared) {
      const fix = fixOf(f, seed)
      if (fix.kind !== 'none') throw new Error(`a fix for a shared code on meta ${f.no}`)
      expect(fix.reason).toBe('judgement')
      const own = seed.metas[f.meta]!.cells.objective
      const code = own.slice(0, 3)
      expect(fix.related.length).toBeGreaterThan(0)
      for (const id of fix.related) {
        expect(seed.metas[id]!.cells.objective.slice(0, 3)).toBe(code)
        expect(seed.metas[id]!.cells.objective).not.toBe(own)
      }
    }
    const reductions = ofRule(findings, 'reductionGoal').map((f) => fixOf(f, seed))
    expect(new Set(reductions.map((fix) => fix.kind === 'none' && fix.reason))).toEqual(new Set(['judgement']))
  })
})

describe('fixes of findings that edits bring', () => {
  const edited = (...edits: CellEdit[]) => applyEdits(seed, edits)

  it('uses the computed percentage when the reported one no longer matches the totals', () => {
    // Meta 2 achieves 703 of 500: 140,60 %.
    const report = edited({ meta: 1, column: 'percent', after: '98,33%' })
    const mismatch = ofRule(checkReport(report), 'percentMismatch')
    expect(mismatch.map((f) => f.no)).toEqual(['2'])
    expect(fixOf(mismatch[0]!, report)).toEqual({ kind: 'edit', rule: 'percentMismatch', edits: [{ meta: 1, column: 'percent', before: '98,33%', after: '140,60%' }] })
    const { after } = fixAll(report, 'percentMismatch')
    expect(ofRule(checkReport(after), 'percentMismatch')).toEqual([])
    expect(after.metas[1]!.cells.percent).toBe(seed.metas[1]!.cells.percent)
  })

  it('gives a percentage written without % its sign, the value unchanged', () => {
    const report = edited({ meta: 1, column: 'percent', after: '140,6' }, { meta: 2, column: 'percent', after: '100' })
    const { plan, after } = fixAll(report, 'percentWithoutSign')
    expect(plan.edits.map((e) => [e.before, e.after])).toEqual([
      ['140,6', '140,60%'],
      ['100', '100,00%'],
    ])
    // Meta 54's percentage waits for its row to be realigned.
    expect(ofRule(checkReport(after), 'percentWithoutSign').map((f) => f.no)).toEqual(['54'])
  })

  it('tidies leading, trailing and doubled spaces and keeps line breaks', () => {
    const report = edited(
      { meta: 0, column: 'indicator', after: `  ${seed.metas[0]!.cells.indicator}  ` },
      { meta: 3, column: 'result', after: 'Primera  parte.\nSegunda parte. ' },
    )
    const { plan, after } = fixAll(report, 'whitespace')
    expect(plan.edits.map((e) => e.after)).toEqual([seed.metas[0]!.cells.indicator, 'Primera parte.\nSegunda parte.'])
    expect(ofRule(checkReport(after), 'whitespace')).toEqual([])
  })

  it('decodes HTML entities and keeps one space where a tag stood between two', () => {
    const report = edited({ meta: 0, column: 'competence', after: 'Agua &amp; saneamiento <br> con participaci&oacute;n &#8211; 2020</p>' })
    const [markup] = ofRule(checkReport(report), 'markupResidue')
    const fix = fixOf(markup!, report)
    expect(fix.kind === 'edit' && fix.edits[0]!.after).toBe('Agua & saneamiento con participación – 2020')
  })

  it('has nothing left to fix once the cell is corrected: the finding was checked on an older report', () => {
    const plural = ofRule(findings, 'categoryVariant').find((f) => f.column === 'competenceType')!
    const fixed = edited({ meta: plural.meta, column: 'competenceType', after: 'CONCURRENTE' })
    expect(fixOf(plural, fixed)).toEqual({ kind: 'none', rule: 'categoryVariant', reason: 'settled', related: [] })
  })

  it('says a repeated goal number needs a person and names the meta that has the number first', () => {
    const report = edited({ meta: 2, column: 'no', after: seed.metas[1]!.cells.no })
    const [duplicate] = ofRule(checkReport(report), 'numberDuplicate')
    expect(fixOf(duplicate!, report)).toEqual({ kind: 'none', rule: 'numberDuplicate', reason: 'judgement', related: [1] })
  })

  it('fixes only the findings the view keeps', () => {
    const plan = planFixAll(seed, findings, 'categoryVariant', (f) => f.column === 'competenceType')
    expect(plan.edits.map((e) => e.after)).toEqual(['CONCURRENTE', 'CONCURRENTE', 'CONCURRENTE'])
  })
})
