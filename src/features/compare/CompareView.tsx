import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { MatchMode } from '../../report/compare/matchMetas'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ProgressReport } from '../../ui/tasks/ProgressReport'
import { ComparisonPicker } from './ComparisonPicker'
import { ComparisonResults } from './ComparisonResults'
import { useComparison, type ComparisonRequest } from './useComparison'
import { parseSourceId, sourceId, useCompareSources } from './useCompareSources'
import styles from './CompareView.module.css'

const MODES: readonly (MatchMode | 'auto')[] = ['auto', 'versions', 'years']

/** The request a link names: ?a=original:HASH&b=current:HASH&mode=auto. */
function requestOf(params: URLSearchParams): ComparisonRequest | null {
  const a = parseSourceId(params.get('a'))
  const b = parseSourceId(params.get('b'))
  const mode = MODES.find((m) => m === params.get('mode')) ?? 'auto'
  return a && b ? { a, b, mode } : null
}

/**
 * The comparison page's body: pick two of this browser's reports, match their metas (in a worker,
 * with progress), then the summary, the chart per objective, the grid of pairs and the exports.
 * The choice lives in the address, so a link or a reload shows the same comparison.
 */
export function CompareView() {
  const t = useMessages().compare
  const [params, setParams] = useSearchParams()
  const key = `${params.get('a')}|${params.get('b')}|${params.get('mode')}`
  // oxlint-disable-next-line react/exhaustive-deps -- keyed by the three parameters it reads, not by the params object
  const request = useMemo(() => requestOf(params), [key])
  const { state, workspaces, read } = useCompareSources()
  const { task, loaded, comparison, choices, choose, resetChoices } = useComparison(state.kind === 'ready' ? request : null, read)
  const onCompare = useCallback((next: ComparisonRequest) => setParams({ a: sourceId(next.a), b: sourceId(next.b), mode: next.mode }), [setParams])

  if (state.kind === 'unavailable')
    return (
      <p role="alert" className={styles.message}>
        {t.needsStorage}
      </p>
    )
  if (state.kind === 'opening' || workspaces === undefined)
    return (
      <p role="status" className={styles.message}>
        {t.reading}
      </p>
    )
  if (workspaces.length === 0)
    return (
      <p role="status" className={styles.message}>
        {t.noReports}
      </p>
    )
  return (
    <>
      <ComparisonPicker key={key} workspaces={workspaces} initial={request} onCompare={onCompare} />
      <div className={styles.progress}>
        <ProgressReport state={task} label={t.matchingLabel} describe={(p) => (p ? t.matchingProgress(p.done, p.total) : t.reading)} />
      </div>
      {loaded && comparison && <ComparisonResults loaded={loaded} comparison={comparison} choices={choices} choose={choose} resetChoices={resetChoices} />}
    </>
  )
}
