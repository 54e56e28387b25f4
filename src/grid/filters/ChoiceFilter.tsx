import { useMessages } from '../../app/i18n/LanguageProvider'
import type { FilterKey, ViewFilters } from '../../report/view/viewSpec'
import { useGridView } from '../view/useView'

type ListFilter = { [K in FilterKey]: ViewFilters[K] extends readonly string[] ? K : never }[FilterKey]

/** A checkbox per choice (bands, severities, review statuses). */
export function ChoiceFilter({ filter, legend, choices }: { filter: ListFilter; legend: string; choices: readonly (readonly [string, string])[] }) {
  const t = useMessages().grid
  const view = useGridView()
  const chosen = view.spec.filters[filter]
  return (
    <fieldset className="choice-filter">
      <legend>{legend}</legend>
      {choices.map(([id, label]) => (
        <label key={id} className="facet-option">
          <input
            type="checkbox"
            checked={chosen.includes(id)}
            onChange={() => view.setFilter(filter, chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id])}
          />
          <span className="facet-label">{label}</span>
        </label>
      ))}
      {chosen.length > 0 && (
        <button type="button" className="link-button" onClick={() => view.setFilter(filter, [])}>
          {t.clear}
        </button>
      )}
    </fieldset>
  )
}
