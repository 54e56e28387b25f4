/** `compare A B [--json] [--mode versions|years]`: two reports compared, on the same code as the app's comparison. */
import path from 'node:path'
import { columnDef } from '../report/columns'
import { compareReports } from '../report/compare/compareReports'
import { comparisonJsonValue } from '../report/compare/comparisonJson'
import { comparisonTables, type ComparisonTables, type ReportHeading } from '../report/compare/comparisonTables'
import { HIGH_CONFIDENCE, matchMetas, matchModeFor, type MatchMode } from '../report/compare/matchMetas'
import type { Report } from '../report/types'
import { compareMsg, type Lang } from './cliMessages'

export const MATCH_MODES: readonly MatchMode[] = ['versions', 'years']

/** A long text cut for one line of the terminal; the JSON keeps it whole. */
const MAX_TEXT = 100
const clip = (text: string) => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`)

export function compareFiles(
  a: { readonly file: string; readonly report: Report },
  b: { readonly file: string; readonly report: Report },
  mode: MatchMode | undefined,
): ComparisonTables {
  const chosen = mode ?? matchModeFor(a.report, b.report)
  const matching = matchMetas(
    a.report.metas.map((m) => m.cells),
    b.report.metas.map((m) => m.cells),
    { mode: chosen },
  )
  const side = ({ file, report }: typeof a) => ({ label: path.basename(file), entity: report.entity, year: report.year, metas: report.metas })
  return comparisonTables(compareReports(a.report.metas, b.report.metas, matching), side(a), side(b))
}

function headingLine(name: string, h: ReportHeading, lang: Lang): string {
  return `${name}: ${h.label} · ${h.entity || '—'} · ${h.year ?? '—'} · ${compareMsg.metas(h.metas)[lang]}`
}

function comparisonText(tables: ComparisonTables, lang: Lang): string {
  const m = compareMsg
  const s = tables.summary
  const metaPair = (a: number | string, b: number | string) => (a === b ? `${m.meta[lang]} ${a}` : `${m.meta[lang]} ${a} → ${b}`)
  const lines = [
    headingLine('A', tables.a, lang),
    headingLine('B', tables.b, lang),
    `${m.mode[lang]}: ${m.modes[tables.mode][lang]}`,
    m.summary(s.matched, s.changed, s.unchanged, s.onlyA, s.onlyB, s.changedCells, s.unsure)[lang],
  ]
  if (tables.changes.length > 0) lines.push('', `${m.changedCells[lang]}:`)
  for (const c of tables.changes) {
    const delta = c.delta === null ? '' : ` (${m.delta(c.delta)[lang]})`
    lines.push(`  ${metaPair(c.metaA, c.metaB)} · ${columnDef(c.column).label[lang]}: «${clip(c.before)}» → «${clip(c.after)}»${delta}`)
  }
  for (const sideKey of ['a', 'b'] as const) {
    const rows = tables.unmatched.filter((r) => r.side === sideKey)
    if (rows.length === 0) continue
    lines.push('', `${sideKey === 'a' ? m.onlyA[lang] : m.onlyB[lang]}:`)
    for (const r of rows) lines.push(`  ${m.meta[lang]} ${r.meta} · ${clip(r.cells.description)}`)
  }
  const unsure = tables.pairs.filter((p) => p.confidence < HIGH_CONFIDENCE)
  if (unsure.length > 0) lines.push('', `${m.unsure(Math.round(HIGH_CONFIDENCE * 100))[lang]}:`)
  for (const p of unsure) lines.push(`  ${metaPair(p.metaA, p.metaB)} · ${m.percent(Math.round(p.confidence * 100))[lang]}`)
  return lines.join('\n')
}

export function compareOutput(tables: ComparisonTables, json: boolean, lang: Lang): string {
  return json ? JSON.stringify(comparisonJsonValue(tables), null, 2) : comparisonText(tables, lang)
}
