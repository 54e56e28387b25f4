import { RULES, type Finding, type RuleId, type Severity } from '../../../report/findings'
import { severityRank } from '../../../report/severities'

export interface FindingsFilter {
  readonly severity: Severity | null
  readonly rule: RuleId | null
  readonly showAcknowledged: boolean
}

export interface FindingGroup {
  readonly rule: RuleId
  readonly severity: Severity
  readonly findings: readonly Finding[]
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]))

/**
 * Findings that pass the filter, grouped by rule: most severe first, then the rule table's order.
 * `isAcknowledged` hides acknowledged findings unless the filter asks for them.
 */
export function groupFindings(findings: readonly Finding[], filter: FindingsFilter, isAcknowledged: (finding: Finding) => boolean): FindingGroup[] {
  const groups = new Map<RuleId, Finding[]>()
  for (const f of findings) {
    if (filter.severity !== null && f.severity !== filter.severity) continue
    if (filter.rule !== null && f.rule !== filter.rule) continue
    if (!filter.showAcknowledged && isAcknowledged(f)) continue
    const group = groups.get(f.rule)
    if (group) group.push(f)
    else groups.set(f.rule, [f])
  }
  return [...groups]
    .map(([rule, list]) => ({ rule, severity: list[0].severity, findings: list }))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0))
}
