import { useMemo } from 'react'
import { useMessages } from '../../app/i18n/LanguageProvider'
import { useReportSession } from '../../app/session/ReportSession'
import { useView } from '../../grid/view/useView'
import { statistics } from '../../report/statistics'
import { useFindingAcks } from '../findings/findingAcks'
import { openBySeverity } from '../findings/groupFindings'
import { useReportFindings } from '../findings/reportFindings'
import './summary.css'

/** The current view in figures, above the grid: it follows filters and edits. */
export function SummaryStrip() {
  const t = useMessages().panels
  const session = useReportSession()
  const view = useView()
  const findings = useReportFindings()
  const acks = useFindingAcks()
  const figures = useMemo(() => {
    const stats = statistics(view.members)
    const inView = new Set(view.members.map((m) => m.id))
    const open = openBySeverity(
      findings.filter((f) => inView.has(f.meta)),
      acks.isAcknowledged,
    )
    const reviewed = view.members.filter((m) => session.reviewStatus(m.id) !== 'unreviewed').length
    return { stats, open, reviewed }
  }, [view.members, findings, acks, session])
  const { stats, open, reviewed } = figures
  return (
    <section className="summary-strip" aria-label={t.summaryRegion}>
      <dl>
        <Figure label={t.summaryMetas} value={t.fmtNumber(stats.count)} />
        <Figure label={t.summaryMean} value={t.fmtPercent(stats.mean)} />
        <Figure label={t.summaryMedian} value={t.fmtPercent(stats.median)} />
        <Figure label={t.summaryFull} value={t.fmtNumber(stats.bands.full + stats.bands.over100)} />
        <Figure label={t.summaryZero} value={t.fmtNumber(stats.bands.zero)} />
        <div className="summary-figure summary-findings">
          <dt>{t.summaryFindings}</dt>
          <dd>
            <span className="summary-severity severity-text-error" title={t.severityNames.error}>
              <span className="visually-hidden">{t.severityNames.error}: </span>
              <span aria-hidden="true">●</span> {t.fmtNumber(open.error)}
            </span>
            <span className="summary-severity severity-text-warning" title={t.severityNames.warning}>
              <span className="visually-hidden">{t.severityNames.warning}: </span>
              <span aria-hidden="true">▲</span> {t.fmtNumber(open.warning)}
            </span>
            <span className="summary-severity severity-text-info" title={t.severityNames.info}>
              <span className="visually-hidden">{t.severityNames.info}: </span>
              <span aria-hidden="true">■</span> {t.fmtNumber(open.info)}
            </span>
          </dd>
        </div>
        <Figure label={t.summaryReviewed} value={t.reviewedShare(reviewed, stats.count)} />
      </dl>
    </section>
  )
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="summary-figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
