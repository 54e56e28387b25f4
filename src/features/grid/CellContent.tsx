/**
 * What a cell shows. Report text is always rendered as React text (never as HTML), so a narrative
 * holding "<script>" shows those characters. Search matches are wrapped in <mark>.
 */
import type { Meta } from '../../report/types'
import type { ViewContext } from '../../report/view/viewContext'
import { matchRanges } from '../../report/view/search'
import { UNREVIEWED, type ViewColumnKey } from '../../report/view/viewSpec'
import { formatPercent } from '../../report/numbers'
import { metaValues } from '../../report/metaValues'
import { cellText, disagreeingPercent, gridColumn } from './gridColumns'
import type { GridMessages } from '../../ui/i18n/gridMessages'

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
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
}

const SEVERITY_MARK = { error: '●', warning: '▲', info: '■' } as const

interface Props {
  readonly meta: Meta
  readonly column: ViewColumnKey
  readonly context: ViewContext
  readonly terms: readonly string[]
  readonly t: GridMessages
  readonly statusNames: Readonly<Record<string, string>>
}

export function CellContent({ meta, column, context, terms, t, statusNames }: Props) {
  const text = cellText(meta, column, context, t, statusNames)
  if (column === 'percent') {
    const band = context.band?.(meta) ?? null
    const computed = disagreeingPercent(meta)
    const reported = metaValues(meta).percent
    return (
      <span className="cell-percent">
        {text !== '' && (
          <span className="band-badge" data-band={band ?? 'none'}>
            <Highlighted text={text} terms={terms} />
          </span>
        )}
        {reported !== null && computed !== null && (
          <span className="percent-flag" title={t.percentDisagrees(formatPercent(computed))} aria-label={t.percentDisagrees(formatPercent(computed))}>
            ≠
          </span>
        )}
      </span>
    )
  }
  if (column === 'findings') {
    const f = context.findings?.get(meta.id)
    if (!f || f.count === 0) return null
    const worst: keyof typeof SEVERITY_MARK = f.severities.includes('error') ? 'error' : f.severities.includes('warning') ? 'warning' : 'info'
    // Severity shown by shape as well as colour (as in the summary strip), and named for screen readers.
    return (
      <span className="findings-badge" data-severity={worst} title={t.severityNames[worst]}>
        <span aria-hidden="true">{SEVERITY_MARK[worst]}</span> {text}
        <span className="visually-hidden"> ({t.severityNames[worst]})</span>
      </span>
    )
  }
  if (column === 'reviewStatus') {
    const status = context.reviewStatus?.(meta.id) ?? UNREVIEWED
    return (
      <span className="status-badge" data-status={status}>
        {text}
      </span>
    )
  }
  if (text.trim() === '' && column !== 'computedPercent' && gridColumn(column).def?.required) {
    return <span className="cell-empty">{t.emptyValue}</span>
  }
  return (
    <span className="cell-text" title={text.length > 40 ? text : undefined}>
      <Highlighted text={text} terms={terms} />
    </span>
  )
}
