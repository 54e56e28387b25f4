/**
 * Findings: what a reviewer should look at in a report. Each rule is documented in one line in
 * RULES (rules/ruleTable.ts); checkReport runs them all. Findings only point at the report, never change it.
 */
import { checkNumbering } from './rules/numberingRules'
import { checkRow } from './rules/rowRules'
import type { Finding } from './rules/ruleTable'
import { checkSpellings } from './rules/spellingRules'
import type { ColumnKey, Meta, Report } from './types'

export { RULES, ruleDef, type Finding, type RuleDef, type RuleId } from './rules/ruleTable'
export type { Severity } from './severities'

// A meta's own findings depend on nothing but the meta (and its report's columns), and an edit
// replaces only the edited meta: after an edit, only that meta's row rules run again.
const rowFindings = new WeakMap<Meta, readonly Finding[]>()

function rowFindingsOf(meta: Meta, columns: readonly (ColumnKey | null)[]): readonly Finding[] {
  let found = rowFindings.get(meta)
  if (!found) {
    const list: Finding[] = []
    checkRow(meta, columns, list)
    rowFindings.set(meta, (found = list))
  }
  return found
}

// The rules across metas, after every meta's own: checkReport runs them in this order, as does the check in steps.
const ACROSS_METAS: ReadonlyArray<(metas: readonly Meta[], out: Finding[]) => void> = [checkNumbering, checkSpellings]

/** All findings of a report, in meta order, row rules first within a meta. */
export function checkReport(report: Report): Finding[] {
  const across: Finding[] = []
  for (const rules of ACROSS_METAS) rules(report.metas, across)
  return together(report, across)
}

/** Every meta's own findings (already checked), then those across metas, in meta order. */
function together(report: Report, across: readonly Finding[]): Finding[] {
  const findings: Finding[] = []
  for (const meta of report.metas) findings.push(...rowFindingsOf(meta, report.source.columns))
  findings.push(...across)
  return findings.sort((a, b) => a.meta - b.meta)
}

// One check per report version, shared by the grid and the panels: an edit makes a new report
// object, so a cached list never goes stale.
const reportFindings = new WeakMap<Report, readonly Finding[]>()

/** Whether this report object's findings are already checked (asking for them costs nothing). */
export function findingsChecked(report: Report): boolean {
  return reportFindings.has(report)
}

/** checkReport, run once per report object however many screens ask. */
export function findingsOf(report: Report): readonly Finding[] {
  let found = reportFindings.get(report)
  if (!found) reportFindings.set(report, (found = checkReport(report)))
  return found
}

/** How far a report's check in steps has come: metas whose own rules ran, then the rules across metas that ran, with what they found. */
interface CheckSteps {
  metasDone: number
  acrossDone: number
  readonly across: Finding[]
}
const steps = new WeakMap<Report, CheckSteps>()

/**
 * One step of a large report's check, so the page can answer the user between steps: the rules of
 * as many metas as fit in `budgetMs` (at least one), else the next rule across metas, else putting
 * the findings together. True once the check is done: findingsOf(report) then costs nothing.
 */
export function checkReportStep(report: Report, budgetMs: number): boolean {
  if (reportFindings.has(report)) return true
  let at = steps.get(report)
  if (!at) steps.set(report, (at = { metasDone: 0, acrossDone: 0, across: [] }))
  const { metas } = report
  if (at.metasDone < metas.length) {
    const started = performance.now()
    do rowFindingsOf(metas[at.metasDone++], report.source.columns)
    while (at.metasDone < metas.length && performance.now() - started < budgetMs)
    return false
  }
  if (at.acrossDone < ACROSS_METAS.length) {
    ACROSS_METAS[at.acrossDone++](metas, at.across)
    return false
  }
  reportFindings.set(report, together(report, at.across))
  steps.delete(report)
  return true
}
