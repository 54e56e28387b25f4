import { useMemo, useState } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { facetCounts } from '../../../report/view/computeView'
import { foldText } from '../../../report/textFold'
import type { FacetColumn } from '../../../report/view/viewSpec'
import { useGridView } from '../../../ui/view/useView'
import controls from '../../../ui/controls.module.css'
import options from '../optionList.module.css'
import styles from './FacetFilter.module.css'

/** A value list with counts; texts written several ways count as one value. */
export function FacetFilter({ column, label }: { column: FacetColumn; label: string }) {
  const t = useMessages().grid
  const view = useGridView()
  const { report } = useReportSession()
  const [query, setQuery] = useState('')
  const facets = useMemo(() => facetCounts(report, view.spec, column, view.context), [report, view.spec, column, view.context])
  const chosen = view.spec.filters[column]
  const shown = query.trim() === '' ? facets : facets.filter((f) => foldText(f.label).includes(foldText(query)))
  const toggle = (key: string) => view.setFilter(column, chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key])
  return (
    <div>
      {facets.length > 8 && (
        <input type="search" className={styles.search} aria-label={t.facetSearch} placeholder={t.facetSearch} value={query} onChange={(e) => setQuery(e.target.value)} />
      )}
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        <ul className={options.list}>
          {shown.map((f) => (
            <li key={f.key}>
              <label className={f.count === 0 ? `${options.option} ${options.empty}` : options.option}>
                <input
                  type="checkbox"
                  aria-label={t.facetOption(f.label === '' ? t.emptyValue : f.label, f.count)}
                  checked={chosen.includes(f.key)}
                  onChange={() => toggle(f.key)}
                />
                <span className={options.label}>{f.label === '' ? t.emptyValue : f.label}</span>
                <span className={options.count}>{f.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen.length > 0 && (
        <button type="button" className={controls.linkButton} onClick={() => view.setFilter(column, [])}>
          {t.clear}
        </button>
      )}
    </div>
  )
}
