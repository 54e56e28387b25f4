/**
 * How a view was made, in words: the lines of the export's second sheet (filters, sort, search,
 * columns), in the UI's language. Filter values are written as the user picked them.
 */
import { formatNumber, formatPercent } from '../../report/numbers'
import type { Bilingual } from '../../report/types'
import type { ExtraColumn } from '../../report/types'
import { viewColumnLabel } from '../../report/viewColumns'
import { activeFilters, visibleColumns, type NumberRange, type ViewSpec } from '../../report/view/viewSpec'
import type { FilesMessages } from '../../ui/i18n/filesMessages'
import type { AboutLine } from './viewExportJob'

export type Lang = keyof Bilingual

function describeRange(range: NumberRange, percent: boolean): string {
  const show = (n: number) => (percent ? formatPercent(n) : formatNumber(n))
  if (range.min !== null && range.max !== null) return `${show(range.min)} – ${show(range.max)}`
  if (range.min !== null) return `≥ ${show(range.min)}`
  return `≤ ${show(range.max ?? 0)}`
}

/**
 * One line per active filter, then search and sort. `valueLabel` turns stored ids (facet keys,
 * band ids) back into what the user saw, when the caller knows it.
 */
/** `extras`: the report's extra columns (SourceInfo.extraColumns), which name its columns of the file's own; `team`: a shared report (its columns of team mode too). */
export function describeView(
  spec: ViewSpec,
  lang: Lang,
  t: FilesMessages,
  valueLabel: (filter: string, value: string) => string = (_, v) => v,
  extras: readonly ExtraColumn[] = [],
  team = false,
): AboutLine[] {
  const lines: AboutLine[] = []
  const filters = activeFilters(spec.filters)
  for (const key of filters) {
    const value = spec.filters[key]
    let text: string
    if (value === null) continue
    if (typeof value === 'boolean') text = value ? t.yes : t.no
    else if (Array.isArray(value)) text = value.map((v: string) => valueLabel(key, v)).join('; ')
    else text = describeRange(value as NumberRange, key === 'percent')
    lines.push({ label: `${t.viewFilters}: ${t.filterNames[key]}`, value: text })
  }
  if (filters.length === 0) lines.push({ label: t.viewFilters, value: t.viewNone })
  if (spec.search.trim() !== '') lines.push({ label: t.viewSearch, value: spec.search.trim() })
  const sort = spec.sort.map((r) => `${viewColumnLabel(r.column, lang, extras)} (${r.desc ? t.descending : t.ascending})`).join(', ')
  lines.push({ label: t.viewSort, value: sort || t.reportOrder })
  lines.push({
    label: t.viewColumns,
    value: visibleColumns(spec, extras.length, team)
      .map((k) => viewColumnLabel(k, lang, extras))
      .join(', '),
  })
  return lines
}

/** Whether the view shows less than the whole report or another order (names the file). */
export function isPlainView(spec: ViewSpec): boolean {
  return activeFilters(spec.filters).length === 0 && spec.search.trim() === '' && spec.sort.length === 0
}
