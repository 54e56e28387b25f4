import { useId, useState, type FormEvent } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { formatNumber, parseNumber } from '../../../report/numbers'
import type { RangeColumn } from '../../../report/view/viewSpec'
import { useGridView } from '../../../ui/view/useView'
import controls from '../../../ui/controls.module.css'
import styles from './RangeFilter.module.css'

/** From / to bounds typed the Ecuadorian way ("1.234,5", "80"); either may stay open. */
export function RangeFilter({ column }: { column: RangeColumn }) {
  const t = useMessages().grid
  const view = useGridView()
  const ids = useId()
  const current = view.spec.filters[column]
  const show = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n, 0, 10))
  const [min, setMin] = useState(show(current?.min))
  const [max, setMax] = useState(show(current?.max))
  const [error, setError] = useState(false)
  const apply = (e: FormEvent) => {
    e.preventDefault()
    const a = parseNumber(min)
    const b = parseNumber(max)
    if (!a.ok || !b.ok) {
      setError(true)
      return
    }
    setError(false)
    view.setFilter(column, a.value === null && b.value === null ? null : { min: a.value, max: b.value })
  }
  return (
    <form className={styles.rangeFilter} onSubmit={apply} noValidate>
      <label htmlFor={`${ids}-min`}>{t.rangeFrom}</label>
      <input id={`${ids}-min`} inputMode="decimal" value={min} aria-invalid={error} aria-describedby={error ? `${ids}-err` : undefined} onChange={(e) => setMin(e.target.value)} />
      <label htmlFor={`${ids}-max`}>{t.rangeTo}</label>
      <input id={`${ids}-max`} inputMode="decimal" value={max} aria-invalid={error} aria-describedby={error ? `${ids}-err` : undefined} onChange={(e) => setMax(e.target.value)} />
      {error && (
        <p id={`${ids}-err`} role="alert" className={`${controls.fieldError} ${styles.error}`}>
          {t.invalidNumber}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={controls.primaryButton}>
          {t.apply}
        </button>
        {current && (
          <button
            type="button"
            onClick={() => {
              setMin('')
              setMax('')
              view.setFilter(column, null)
            }}
          >
            {t.clear}
          </button>
        )}
      </div>
    </form>
  )
}
