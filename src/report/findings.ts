/**
 * Findings: what a reviewer should look at in a report. Each rule is documented in one line in
 * RULES (rules/ruleTable.ts); checkReport runs them all. Findings only point at the report, never change it.
 */
import { checkNumbering } from './rules/numberingRules'
import { checkRow } from './rules/rowRules'
import type { Finding } from './rules/ruleTable'
import { checkSpellings } from './rules/spellingRules'
import type { Report } from './types'

export { RULES, ruleDef, type Finding, type RuleDef, type RuleId, type Severity } from './rules/ruleTable'

/** All findings of a report, in meta order, row rules first within a meta. */
export function checkReport(report: Report): Finding[] {
  const findings: Finding[] = []
  for (const meta of report.metas) checkRow(meta, report.source.columns, findings)
  checkNumbering(report.metas, findings)
  checkSpellings(report.metas, findings)
  return findings.sort((a, b) => a.meta - b.meta)
}
