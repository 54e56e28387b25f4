import { useId, useState, type FormEvent } from 'react'
import type { WorkspaceSummary } from '../../drafts/workspaces'
import type { MatchMode } from '../../report/compare/matchMetas'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import type { ComparisonRequest } from './useComparison'
import { parseSourceId, sourceId } from './useCompareSources'
import controls from '../../ui/controls.module.css'
import styles from './ComparisonPicker.module.css'

const MODES = ['auto', 'versions', 'years'] as const

/** Two of this browser's reports (each as imported or with its drafts) and how to match their metas. */
export function ComparisonPicker({
  workspaces,
  initial,
  onCompare,
}: {
  workspaces: readonly WorkspaceSummary[]
  initial: ComparisonRequest | null
  onCompare: (request: ComparisonRequest) => void
}) {
  const t = useMessages().compare
  const titleId = useId()
  const newest = workspaces[0]?.hash
  const [a, setA] = useState(initial ? sourceId(initial.a) : newest ? sourceId({ version: 'original', hash: newest }) : '')
  const [b, setB] = useState(initial ? sourceId(initial.b) : newest ? sourceId({ version: 'current', hash: newest }) : '')
  const [mode, setMode] = useState<MatchMode | 'auto'>(initial?.mode ?? 'auto')
  const options = workspaces.flatMap((w) =>
    (['original', 'current'] as const).map((version) => (
      <option key={`${version}:${w.hash}`} value={sourceId({ version, hash: w.hash })}>
        {t.sourceOption(w.year, w.entity, w.fileName, version)}
      </option>
    )),
  )
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const sideA = parseSourceId(a)
    const sideB = parseSourceId(b)
    if (sideA && sideB) onCompare({ a: sideA, b: sideB, mode })
  }
  return (
    <section className={styles.picker} aria-labelledby={titleId}>
      <h2 id={titleId}>{t.pickTitle}</h2>
      <form onSubmit={submit} className={styles.form}>
        <label>
          {t.sides.a}
          <select value={a} onChange={(e) => setA(e.target.value)} required>
            {options}
          </select>
        </label>
        <label>
          {t.sides.b}
          <select value={b} onChange={(e) => setB(e.target.value)} required>
            {options}
          </select>
        </label>
        <label>
          {t.modeLabel}
          <select value={mode} onChange={(e) => setMode(e.target.value as (typeof MODES)[number])}>
            {MODES.map((m) => (
              <option key={m} value={m}>
                {m === 'auto' ? t.modeAuto : t.modes[m]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={controls.primaryButton}>
          {t.compare}
        </button>
      </form>
    </section>
  )
}
