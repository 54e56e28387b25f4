import { useLanguage, useMessages } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { formatNumber } from '../../../report/numbers'
import { isSeverity, severityDef } from '../../../report/severities'
import { BAND_LABELS, type FulfillmentBand } from '../../../report/statistics'
import { facetGroups } from '../../../report/view/computeView'
import { activeFilters, type FilterKey, type NumberRange } from '../../../report/view/viewSpec'
import { NO_UNIT } from '../../../report/team/metaUnits'
import { viewColumnLabel } from '../../../report/viewColumns'
import { useGridView } from '../../../ui/view/useView'
import controls from '../../../ui/controls.module.css'
import styles from './FilterChips.module.css'
import { useStatusNames } from '../../../ui/session/statusNames'

/** One chip per active filter, each removable, and "clear all". */
export function FilterChips() {
  const messages = useMessages()
  const t = messages.grid
  const { language } = useLanguage()
  const statusNames = useStatusNames()
  const view = useGridView()
  const { report } = useReportSession()
  const { filters } = view.spec
  const active = activeFilters(filters)
  const facetLabel = (column: 'objective' | 'competenceType', key: string) => {
    const label = facetGroups(report, column).get(key)?.label ?? key
    return label === '' ? t.emptyValue : label
  }
  if (active.length === 0 && view.spec.search === '') return null

  const range = (r: NumberRange | null) => (r ? t.rangeChip(r.min === null ? '' : formatNumber(r.min), r.max === null ? '' : formatNumber(r.max)) : '')
  const list = (values: readonly string[], name: (v: string) => string) => t.listChip(name(values[0]), values.length - 1)
  const chip = (key: FilterKey): [string, string] => {
    switch (key) {
      case 'objective':
      case 'competenceType':
        return [viewColumnLabel(key, language), list(filters[key], (v) => facetLabel(key, v))]
      case 'planned':
      case 'achieved':
      case 'percent':
        return [viewColumnLabel(key, language), range(filters[key])]
      case 'band':
        return [t.bandLegend, list(filters.band, (v) => BAND_LABELS[v as FulfillmentBand]?.[language] ?? v)]
      case 'hasFindings':
        return [viewColumnLabel('findings', language), filters.hasFindings ? t.hasFindings : t.noFindings]
      case 'severity':
        return [t.severityLegend, list(filters.severity, (v) => (isSeverity(v) ? severityDef(v).label[language] : v))]
      case 'reviewStatus':
        return [t.statusLegend, list(filters.reviewStatus, (v) => statusNames[v as keyof typeof statusNames] ?? v)]
      case 'unit':
        return [t.unitLegend, list(filters.unit, (v) => (v === NO_UNIT ? t.noUnit : (view.context.units?.unitName(v) ?? v)))]
    }
  }
  return (
    <ul className={styles.chips} aria-label={t.activeFilters}>
      {active.map((key) => {
        const [name, value] = chip(key)
        return (
          <li key={key} className={styles.chip}>
            <span className={styles.name}>{name}:</span>{' '}
            <span className={styles.value} title={value}>
              {value}
            </span>
            <button
              type="button"
              className={`${controls.iconButton} ${styles.remove}`}
              aria-label={t.clearFilter(name)}
              title={t.clearFilter(name)}
              onClick={() => view.clearFilter(key)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        )
      })}
      <li>
        <button type="button" className={controls.linkButton} onClick={view.clearAll}>
          {t.clearAll}
        </button>
      </li>
    </ul>
  )
}
