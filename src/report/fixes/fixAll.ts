/** "Fix all" of a rule: the fixes of many findings as one list of edits, applied as one step. */
import type { Finding, RuleId } from '../rules/ruleTable'
import type { Report } from '../types'
import { fixOf, type FixEdit } from './findingFix'

export interface FixAllPlan {
  readonly rule: RuleId
  /** Every cell the plan changes, in meta order; a cell appears once. */
  readonly edits: readonly FixEdit[]
  /** The findings the edits fix. */
  readonly fixed: readonly Finding[]
}

/**
 * The fixes of every finding of `rule` that `include` keeps (open ones in the current view), on
 * the current report. Findings without a computed fix (a justification to write, a decision to
 * take) are left out; a spelling variant takes its group's most used spelling.
 */
export function planFixAll(report: Report, findings: readonly Finding[], rule: RuleId, include: (finding: Finding) => boolean): FixAllPlan {
  const byCell = new Map<string, FixEdit>()
  const fixed: Finding[] = []
  for (const finding of findings) {
    if (finding.rule !== rule || !include(finding)) continue
    const fix = fixOf(finding, report)
    if (fix.kind !== 'edit') continue
    fixed.push(finding)
    for (const edit of fix.edits) byCell.set(`${edit.meta}:${edit.column}`, edit)
  }
  const edits = [...byCell.values()].sort((a, b) => a.meta - b.meta)
  return { rule, edits, fixed }
}
