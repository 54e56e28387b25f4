import type { ComparisonSummary as Summary } from '../../report/compare/compareReports'
import type { MatchMode } from '../../report/compare/matchMetas'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import styles from './ComparisonSummary.module.css'

const SHOWN = ['matched', 'changed', 'unchanged', 'onlyA', 'onlyB', 'changedCells', 'unsure'] as const

/** The comparison's counts: pairs matched, changed and unchanged, metas only in one report, changed cells, uncertain pairs. */
export function ComparisonSummary({ summary, mode }: { summary: Summary; mode: MatchMode }) {
  const t = useMessages().compare
  return (
    <section className={styles.summary} aria-label={t.summaryRegion}>
      <ul className={styles.counts}>
        {SHOWN.map((key) => (
          <li key={key} className={key === 'onlyA' ? styles.removed : key === 'onlyB' ? styles.added : undefined}>
            <span className={styles.value}>{t.count(summary[key])}</span> <span className={styles.label}>{t.counts[key]}</span>
          </li>
        ))}
      </ul>
      <p className={styles.mode}>{t.matchedBy(mode)}</p>
    </section>
  )
}
