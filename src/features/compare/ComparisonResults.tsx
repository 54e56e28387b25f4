import { useId, useMemo, useState } from 'react'
import type { Comparison } from '../../report/compare/compareReports'
import { CHANGE_FILTERS, comparisonRows, filterRows, type ChangeFilter, type ComparisonRow } from '../../report/compare/comparisonRows'
import type { PairingChoice } from '../../report/compare/matchMetas'
import { objectiveDeltas, type ObjectiveDelta } from '../../report/compare/objectiveDeltas'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import controls from '../../ui/controls.module.css'
import { ComparisonExport } from './ComparisonExport'
import { ComparisonGrid } from './ComparisonGrid'
import { ComparisonSummary } from './ComparisonSummary'
import { ObjectiveDumbbell } from './ObjectiveDumbbell'
import { PairDetail } from './PairDetail'
import { rowKey } from './rowKey'
import type { LoadedComparison } from './useComparison'
import styles from './ComparisonResults.module.css'

/** What a comparison shows: its counts, the chart per objective, the filtered grid of pairs, one row's detail and the exports. */
export function ComparisonResults({
  loaded,
  comparison,
  choices,
  choose,
  resetChoices,
}: {
  loaded: LoadedComparison
  comparison: Comparison
  choices: readonly PairingChoice[]
  choose: (choice: PairingChoice) => void
  resetChoices: () => void
}) {
  const t = useMessages().compare
  const filterId = useId()
  const objectiveId = useId()
  const a = loaded.a.report.metas
  const b = loaded.b.report.metas
  const [change, setChange] = useState<ChangeFilter>('all')
  const [objective, setObjective] = useState<ObjectiveDelta | null>(null)
  const [selectedKey, setSelectedKey] = useState<string | null>(null)
  const deltas = useMemo(() => objectiveDeltas(a, b), [a, b])
  const all = useMemo(() => comparisonRows(comparison), [comparison])
  const rows = useMemo(() => filterRows(all, comparison, a, b, { change, objectives: objective ? new Set(objective.keys) : null }), [all, comparison, a, b, change, objective])
  const toggleObjective = (row: ObjectiveDelta) => setObjective((current) => (current?.keys[0] === row.keys[0] ? null : row))
  // A re-pairing changes the rows: the detail stays open only while its row still exists.
  const shown = selectedKey === null ? null : (all.find((row) => rowKey(row, comparison) === selectedKey) ?? null)
  const select = (row: ComparisonRow) => setSelectedKey((current) => (current === rowKey(row, comparison) ? null : rowKey(row, comparison)))

  return (
    <div className={styles.results}>
      <ComparisonSummary summary={comparison.summary} mode={comparison.matching.mode} />
      <ObjectiveDumbbell rows={deltas} active={objective} onToggle={toggleObjective} />
      <div className={styles.bar}>
        <label htmlFor={filterId}>{t.filterLabel}</label>
        <select id={filterId} value={change} onChange={(e) => setChange(e.target.value as ChangeFilter)}>
          {CHANGE_FILTERS.map((f) => (
            <option key={f} value={f}>
              {t.filters[f]}
            </option>
          ))}
        </select>
        <label htmlFor={objectiveId}>{t.objectiveLabel}</label>
        <select
          id={objectiveId}
          className={styles.objective}
          value={objective?.keys[0] ?? ''}
          onChange={(e) => setObjective(deltas.find((d) => d.keys[0] === e.target.value) ?? null)}
        >
          <option value="">{t.allObjectives}</option>
          {deltas.map((d) => (
            <option key={d.keys[0]} value={d.keys[0]}>
              {d.code ? `${d.code} ${d.shortName}` : d.shortName}
            </option>
          ))}
        </select>
        <span role="status" className={styles.count}>
          {t.rowCount(rows.length, all.length)}
        </span>
        {choices.length > 0 && (
          <span className={styles.choices}>
            {t.choicesCount(choices.length)}
            <button type="button" className={controls.linkButton} onClick={resetChoices}>
              {t.resetChoices}
            </button>
          </span>
        )}
        <ComparisonExport loaded={loaded} comparison={comparison} />
      </div>
      <ComparisonGrid rows={rows} comparison={comparison} a={a} b={b} selectedKey={shown ? selectedKey : null} onSelect={select} />
      {shown && <PairDetail row={shown} comparison={comparison} a={a} b={b} choose={choose} onClose={() => setSelectedKey(null)} />}
    </div>
  )
}
