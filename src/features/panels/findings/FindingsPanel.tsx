import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { ruleDef, RULES, type Finding, type RuleId, type Severity } from '../../../report/findings'
import { useFindingAcks } from './findingAcks'
import { FindingGroupList } from './FindingGroupList'
import { groupFindings, type FindingsFilter } from './groupFindings'
import { useReportFindings } from './reportFindings'
import { useFixNotice } from './useFixNotice'
import { ClustersButton } from './clusters/ClustersButton'
import { SEVERITIES, severityDef } from '../../../report/severities'
import { ReadOnlyNote } from '../../../ui/ReadOnlyNote'
import { AbsentColumns } from './AbsentColumns'
import panelText from '../panelText.module.css'
import styles from './FindingsPanel.module.css'

const NO_FINDINGS: readonly Finding[] = []

/** Every finding of the current report, grouped by rule, filterable, each a way to its cell. */
export function FindingsPanel() {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const checked = useReportFindings()
  const findings = checked ?? NO_FINDINGS
  const acks = useFindingAcks()
  const fixNotice = useFixNotice()
  const [filter, setFilter] = useState<FindingsFilter>({ severity: null, rule: null, showAcknowledged: false })
  const groups = useMemo(() => groupFindings(findings, filter, acks.isAcknowledged), [findings, filter, acks])
  const acknowledged = useMemo(() => findings.filter(acks.isAcknowledged).length, [findings, acks])
  const present = useMemo(() => new Set(findings.map((f) => f.rule)), [findings])
  const ids = { severity: useId(), rule: useId(), acked: useId() }
  const ackedToggle = useRef<HTMLInputElement>(null)
  const empty = checked !== null && groups.length === 0
  // Accepting the last open finding removes the whole list with the focused form in it: focus would
  // fall to the page's body, so it lands on the toggle that brings the accepted ones back.
  useEffect(() => {
    if (empty && document.activeElement === document.body) ackedToggle.current?.focus()
  }, [empty])

  return (
    <section aria-labelledby="findings-panel-title">
      <h2 id="findings-panel-title" className={panelText.title}>
        {t.findingsHeading}
      </h2>
      <p className={styles.summary} role="status">
        {checked === null ? t.findingsChecking : t.findingsSummary(findings.length - acknowledged, acknowledged)}
      </p>
      <AbsentColumns />
      <ReadOnlyNote />
      <div className={styles.filters}>
        <label htmlFor={ids.severity}>{t.severityFilter}</label>
        <select
          id={ids.severity}
          value={filter.severity ?? ''}
          onChange={(e) => setFilter({ ...filter, severity: (SEVERITIES.find((s) => s === e.target.value) ?? null) as Severity | null })}
        >
          <option value="">{t.allSeverities}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityDef(s).label[language]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.rule}>{t.ruleFilter}</label>
        <select id={ids.rule} value={filter.rule ?? ''} onChange={(e) => setFilter({ ...filter, rule: (RULES.find((r) => r.id === e.target.value)?.id ?? null) as RuleId | null })}>
          <option value="">{t.allRules}</option>
          {RULES.filter((r) => present.has(r.id) || r.id === filter.rule).map((r) => (
            <option key={r.id} value={r.id}>
              {ruleDef(r.id).doc[language]}
            </option>
          ))}
        </select>
        <label className={styles.ackedToggle} htmlFor={ids.acked}>
          <input
            ref={ackedToggle}
            id={ids.acked}
            type="checkbox"
            checked={filter.showAcknowledged}
            onChange={(e) => setFilter({ ...filter, showAcknowledged: e.target.checked })}
          />
          {t.showAcknowledged}
        </label>
      </div>
      <ClustersButton />
      {fixNotice.element}
      {checked === null ? null : empty ? <p className={panelText.empty}>{t.findingsNone}</p> : <FindingGroupList groups={groups} acks={acks} onFixed={fixNotice.applied} />}
    </section>
  )
}
