/**
 * What a cell shows. Report text is always rendered as React text (never as HTML), so a narrative
 * holding "<script>" shows those characters. Search matches are wrapped in <mark>.
 */
import { memo } from 'react'
import type { Meta } from '../../report/types'
import type { ViewContext } from '../../report/view/viewContext'
import { matchRanges } from '../../report/view/search'
import { computedColumnDef, type ViewColumnKey } from '../../report/viewColumns'
import { formatPercent } from '../../report/numbers'
import { metaValues } from '../../report/metaValues'
import { severityDef, worstSeverity } from '../../report/severities'
import type { Language } from '../../ui/i18n/catalog'
import { BANDS } from '../../report/statistics'
import { bandBadgeStyle } from '../../ui/bandColors'
import { cellText, disagreeingPercent, gridColumn } from './gridColumns'
import type { GridMessages } from '../../ui/i18n/gridMessages'
import styles from './CellContent.module.css'

// Memoized: the grid renders again when the URL catches up with a keystroke, for the same text and terms.
export const Highlighted = memo(function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = matchRanges(text, terms)
  if (ranges.length === 0) return <>{text}</>
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
})

interface Props {
  readonly meta: Meta
  readonly column: ViewColumnKey
  readonly context: ViewContext
  readonly terms: readonly string[]
  readonly t: GridMessages
  readonly statusNames: Readonly<Record<string, string>>
  readonly language: Language
}

/** The text, with the search's matches marked when there is a search. */
const shown = (text: string, terms: readonly string[]) => (terms.length === 0 ? text : <Highlighted text={text} terms={terms} />)

export function CellContent({ meta, column, context, terms, t, statusNames, language }: Props) {
  const text = cellText(meta, column, context, t, statusNames)
  if (column === 'percent') {
    const bandId = context.band?.(meta)
    const band = BANDS.find((b) => b === bandId) ?? 'none'
    const computed = disagreeingPercent(meta)
    const reported = metaValues(meta).percent
    return (
      <span className={styles.percent}>
        {text !== '' && (
          <span className={styles.bandBadge} style={bandBadgeStyle(band)}>
            {shown(text, terms)}
          </span>
        )}
        {reported !== null && computed !== null && (
          <span className={styles.percentFlag} title={t.percentDisagrees(formatPercent(computed))} aria-label={t.percentDisagrees(formatPercent(computed))}>
            ≠
          </span>
        )}
      </span>
    )
  }
  if (column === 'findings') {
    const worst = worstSeverity(context.findings?.get(meta.id)?.severities ?? [])
    if (worst === null) return null
    const severity = severityDef(worst)
    // Severity shown by shape as well as colour (as in the summary strip), and named for screen readers.
    return (
      <span className={styles.findingsBadge} data-severity={worst} title={severity.label[language]}>
        <span aria-hidden="true">{severity.mark}</span> {text}
        <span className="visually-hidden"> ({severity.label[language]})</span>
      </span>
    )
  }
  if (column === 'reviewStatus') {
    const status = String(computedColumnDef('reviewStatus').value(meta, context))
    return (
      <span className={styles.statusBadge} data-status={status}>
        {text}
      </span>
    )
  }
  if (text.trim() === '' && column !== 'computedPercent' && gridColumn(column).def?.required) {
    return <span className={styles.empty}>{t.emptyValue}</span>
  }
  return (
    <span className={styles.text} title={text.length > 40 ? text : undefined}>
      {shown(text, terms)}
    </span>
  )
}
