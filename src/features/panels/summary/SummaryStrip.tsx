import { useDeferredValue, useMemo } from 'react'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { useView } from '../../../ui/view/useView'
import { SEVERITY_DEFS, severityCounts, type SeverityDef } from '../../../report/severities'
import { summarize } from '../../../report/statistics'
import { useFindingAcks } from '../findings/findingAcks'
import { useReportFindings } from '../findings/reportFindings'
import styles from './SummaryStrip.module.css'

/**
 * Above this many metas the figures are worked out after the first rows are on screen, and after
 * the findings: their check reads every meta's numbers in steps, so the figures then only sort the
 * percentages (read here in one go, the numbers of 100,000 metas held the page for ~150 ms).
 */
const FIGURES_LATER_ABOVE = 5_000

/** The current view in figures, above the grid: it follows filters and edits. */
export function SummaryStrip() {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const session = useReportSession()
  const view = useView()
  const findings = useReportFindings()
  const later = view.members.length > FIGURES_LATER_ABOVE
  const members = useDeferredValue(later && !findings ? null : view.members, later ? null : view.members)
  const acks = useFindingAcks()
  const figures = useMemo(() => {
    if (!members) return null
    const reviewed = members.filter((m) => session.reviewStatus(m.id) !== 'unreviewed').length
    return { stats: summarize(members), reviewed }
  }, [members, session])
  // Which findings are open changes with acknowledgements, not with the view: worked out once, so
  // a keystroke in the search only counts them (this render must not delay the grid's next frame).
  const openFindings = useMemo(() => findings && findings.filter((f) => !acks.isAcknowledged(f)), [findings, acks])
  const open = useMemo(() => {
    if (!members || !openFindings) return null
    // Meta ids are positions in the report.
    const inView = new Uint8Array(session.report.metas.length)
    for (const m of members) inView[m.id] = 1
    const counts = severityCounts()
    for (const f of openFindings) if (inView[f.meta] === 1) counts[f.severity]++
    return counts
  }, [members, openFindings, session.report])
  const stats = figures?.stats
  const severity = ({ key, label, mark }: SeverityDef) => (
    <span key={key} className={styles[key]} title={label[language]}>
      <span className="visually-hidden">{label[language]}: </span>
      <span aria-hidden="true">{mark}</span> {open ? t.fmtNumber(open[key]) : <Pending label={t.summaryPending} />}
    </span>
  )
  return (
    <section className={styles.strip} aria-label={t.summaryRegion} aria-busy={!figures || !open}>
      <dl>
        <Figure label={t.summaryMetas} value={stats && t.fmtNumber(stats.count)} pending={t.summaryPending} />
        <Figure label={t.summaryMean} value={stats && t.fmtPercent(stats.mean)} pending={t.summaryPending} />
        <Figure label={t.summaryMedian} value={stats && t.fmtPercent(stats.median)} pending={t.summaryPending} />
        <Figure label={t.summaryFull} value={stats && t.fmtNumber(stats.bands.full + stats.bands.over100)} pending={t.summaryPending} />
        <Figure label={t.summaryZero} value={stats && t.fmtNumber(stats.bands.zero)} pending={t.summaryPending} />
        <div className={styles.figure}>
          <dt>{t.summaryFindings}</dt>
          <dd>{SEVERITY_DEFS.map(severity)}</dd>
        </div>
        <Figure label={t.summaryReviewed} value={figures && t.reviewedShare(figures.reviewed, figures.stats.count)} pending={t.summaryPending} />
      </dl>
    </section>
  )
}

/** A figure still being worked out: an ellipsis on screen, "Calculando…" for screen readers. */
function Pending({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">{label}</span>
    </>
  )
}

function Figure({ label, value, pending }: { label: string; value: string | undefined | null; pending: string }) {
  return (
    <div className={styles.figure}>
      <dt>{label}</dt>
      <dd>{value ?? <Pending label={pending} />}</dd>
    </div>
  )
}
