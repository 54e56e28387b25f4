/** `validate FILE [--json]`: the report's entity, year, meta count and findings. */
import { absentColumns } from '../report/absentColumns'
import { columnDef } from '../report/columns'
import { checkReport, type Finding } from '../report/findings'
import { metaNumber } from '../report/metaNumber'
import type { Report } from '../report/types'
import { msg, type Lang } from './cliMessages'

function validationJson(report: Report, findings: readonly Finding[], lang: Lang): string {
  return JSON.stringify(
    {
      entity: report.entity,
      year: report.year,
      metas: report.metas.length,
      absentColumns: absentColumns(report).map((c) => ({ column: c.key, required: c.required, need: c.need[lang] })),
      findings: findings.map((f) => ({
        meta: metaNumber(f.no),
        column: f.column,
        rule: f.rule,
        severity: f.severity,
        message: f.message[lang],
      })),
    },
    null,
    2,
  )
}

/** The columns the file lacks, once for the report (never a finding per meta). */
function absentLines(report: Report, lang: Lang): string[] {
  const absent = absentColumns(report)
  if (absent.length === 0) return []
  return [`${msg.summary.absent[lang]}:`, ...absent.map((c) => `  ${c.label[lang]}: ${c.need[lang]}`)]
}

function validationText(report: Report, findings: readonly Finding[], lang: Lang): string {
  const s = msg.summary
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length
  const lines = [
    `${s.entity[lang]}: ${report.entity || s.none[lang]}`,
    `${s.year[lang]}: ${report.year ?? s.none[lang]}`,
    `${s.metas[lang]}: ${report.metas.length}`,
    ...absentLines(report, lang),
    `${s.findings[lang]}: ${findings.length} (${(['error', 'warning', 'info'] as const).map((v) => `${msg.severity[v][lang]} ${count(v)}`).join(', ')})`,
  ]
  for (const f of findings) {
    const column = f.column ? ` · ${columnDef(f.column).label[lang]}` : ''
    lines.push(`  ${s.meta[lang]} ${f.no || `(${s.row[lang]} ${f.meta + 1})`}${column} · ${msg.severity[f.severity][lang]} · ${f.rule}: ${f.message[lang]}`)
  }
  return lines.join('\n')
}

export function validate(report: Report, json: boolean, lang: Lang): string {
  const findings = checkReport(report)
  return json ? validationJson(report, findings, lang) : validationText(report, findings, lang)
}
