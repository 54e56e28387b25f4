/**
 * Filter values as the user saw them when picking them, for the sheet that describes an export:
 * facet keys back to the report's spelling, band and severity ids to their names.
 */
import { BAND_LABELS, type FulfillmentBand } from '../../report/statistics'
import { isSeverity, severityDef } from '../../report/severities'
import type { Report } from '../../report/types'
import { facetKey } from '../../report/view/computeView'
import type { Lang } from './viewDescription'

/** `unitLabel`: a unit filter value (a unit's id, or NO_UNIT) as the unit column names it. */
export function filterValueLabels(report: Report, lang: Lang, statusLabel: (status: string) => string, unitLabel: (unit: string) => string = (u) => u) {
  const facetText = (column: 'objective' | 'competenceType', key: string): string => report.metas.find((m) => facetKey(m.cells[column].trim()) === key)?.cells[column].trim() ?? key
  return (filter: string, value: string): string => {
    switch (filter) {
      case 'objective':
      case 'competenceType':
        return facetText(filter, value)
      case 'band':
        return value in BAND_LABELS ? BAND_LABELS[value as FulfillmentBand][lang] : value
      case 'severity':
        return isSeverity(value) ? severityDef(value).plural[lang] : value
      case 'reviewStatus':
        return statusLabel(value)
      case 'unit':
        return unitLabel(value)
      default:
        return value
    }
  }
}
