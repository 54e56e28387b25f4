/**
 * What a publication holds, on one page of plain text: the report, its changes, the findings
 * still open, the review progress and the fulfillment figures.
 */
import { columnDef } from '../columns'
import type { Finding, Severity } from '../findings'
import { SEVERITY_DEFS, severityCounts } from '../severities'
import { formatPercent } from '../numbers'
import { BAND_LABELS, BANDS, statistics } from '../statistics'
import type { Report } from '../types'
import { changedMetaCount, type ChangeLogEntry } from './changeLog'
import { exportTimeText } from '../exportTime'
import type { Bilingual } from '../types'
import type { PublicationTexts } from './publicationTexts'

export interface OpenFindings {
  readonly counts: Readonly<Record<Severity, number>>
  readonly acknowledged: number
}

/** Findings not accepted by a reviewer, by severity. */
export function openFindings(findings: readonly Finding[], isAcknowledged: (finding: Finding) => boolean): OpenFindings {
  const counts = severityCounts()
  let acknowledged = 0
  for (const f of findings) {
    if (isAcknowledged(f)) acknowledged++
    else counts[f.severity]++
  }
  return { counts, acknowledged }
}

export interface SummaryInput {
  /** The current report (drafts applied); its source info says how to write it. */
  readonly report: Report
  readonly entries: readonly ChangeLogEntry[]
  readonly findings: OpenFindings
  readonly review: { readonly reviewed: number; readonly total: number } | null
  readonly lang: keyof Bilingual
  readonly t: PublicationTexts
  readonly now: Date
}

export function publicationSummary({ report, entries, findings, review, lang, t, now }: SummaryInput): string {
  const s = t.summary
  const stats = statistics(report.metas)
  const columns = new Map<string, number>()
  for (const e of entries) columns.set(e.column, (columns.get(e.column) ?? 0) + 1)
  const line = (label: string, value: string) => `${label}: ${value}`
  const percent = (v: number | null) => (v === null ? '—' : formatPercent(v))
  const lines = [
    s.title.toUpperCase(),
    '',
    line(s.entity, report.entity),
    line(s.report, [report.title, report.year === null ? '' : String(report.year)].filter(Boolean).join(' · ')),
    line(s.source, `${report.source.fileName ?? '—'} (${report.source.format.toUpperCase()}, ${report.source.encoding})`),
    line(s.publishedAt, exportTimeText(now, lang)),
    line(s.metas, String(report.metas.length)),
    '',
    line(s.changes, t.changesCount(entries.length, changedMetaCount(entries))),
    line(s.changedColumns, columns.size === 0 ? s.none : [...columns].map(([key, n]) => `${columnDef(key as ChangeLogEntry['column']).label[lang]} (${n})`).join(', ')),
    line(s.findings, SEVERITY_DEFS.map((sev) => `${sev.plural[lang]} ${findings.counts[sev.key]}`).join(', ')),
    line(s.acknowledged, String(findings.acknowledged)),
    ...(review ? [line(s.review, s.reviewed(review.reviewed, review.total))] : []),
    '',
    line(s.fulfillment, s.meanMedian(percent(stats.mean), percent(stats.median))),
    `${s.bands}:`,
    ...BANDS.map((band) => `  ${BAND_LABELS[band][lang]}: ${stats.bands[band]}`),
  ]
  return `${lines.join('\r\n')}\r\n`
}
