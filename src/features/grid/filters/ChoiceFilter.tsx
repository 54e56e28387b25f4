import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { formatNumber } from '../../../report/numbers'
import type { FilterKey, ViewFilters } from '../../../report/view/viewSpec'
import { useGridView } from '../../../ui/view/useView'
import controls from '../../../ui/controls.module.css'
import options from '../optionList.module.css'

type ListFilter = { [K in FilterKey]: ViewFilters[K] extends readonly string[] ? K : never }[FilterKey]

/**
 * A checkbox per choice (bands, severities, review statuses). With `counts`, each choice shows how
 * many metas it would give among the other filters, as the value lists of text columns do.
 */
export function ChoiceFilter({
  filter,
  legend,
  choices,
  counts,
}: {
  filter: ListFilter
  /** A visible legend, or the id of the popover heading that already names the group. */
  legend: string | { labelledBy: string }
  choices: readonly (readonly [string, string])[]
  counts?: ReadonlyMap<string, number>
}) {
  const t = useMessages().grid
  const view = useGridView()
  const chosen = view.spec.filters[filter]
  return (
    <fieldset aria-labelledby={typeof legend === 'string' ? undefined : legend.labelledBy}>
      {typeof legend === 'string' && <legend>{legend}</legend>}
      {choices.map(([id, label]) => {
        const count = counts ? (counts.get(id) ?? 0) : null
        return (
          <label key={id} className={count === 0 ? `${options.option} ${options.empty}` : options.option}>
            <input
              type="checkbox"
              aria-label={count === null ? undefined : t.facetOption(label, count)}
              checked={chosen.includes(id)}
              onChange={() => view.setFilter(filter, chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id])}
            />
            <span className={options.label}>{label}</span>
            {count !== null && <span className={options.count}>{formatNumber(count)}</span>}
          </label>
        )
      })}
      {chosen.length > 0 && (
        <button type="button" className={controls.linkButton} onClick={() => view.setFilter(filter, [])}>
          {t.clear}
        </button>
      )}
    </fieldset>
  )
}
