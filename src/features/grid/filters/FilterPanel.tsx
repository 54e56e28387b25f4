import { useId, useMemo } from 'react'
import { useLanguage, useMessages } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { statusCounts, unitCounts } from '../../../report/view/computeView'
import { NO_UNIT } from '../../../report/team/metaUnits'
import { REVIEW_STATUSES } from '../../../report/reviewStatus'
import { SEVERITY_DEFS } from '../../../report/severities'
import { BAND_LABELS, BANDS } from '../../../report/statistics'
import type { ViewColumnKey } from '../../../report/view/viewSpec'
import { viewColumnLabel } from '../../../report/viewColumns'
import { Popover, PopoverHead } from '../../../ui/Popover'
import { useGridView } from '../../../ui/view/useView'
import { ChoiceFilter } from './ChoiceFilter'
import { FacetFilter } from './FacetFilter'
import { RangeFilter } from './RangeFilter'
import options from '../optionList.module.css'
import { useStatusNames } from '../../../ui/session/statusNames'

/** The filter dialog of one column, fitted to its type. */
export function FilterPanel({ column, anchor, onClose }: { column: ViewColumnKey; anchor: HTMLElement; onClose: () => void }) {
  const messages = useMessages()
  const t = messages.grid
  const { language } = useLanguage()
  const view = useGridView()
  const label = viewColumnLabel(column, language)
  const headingId = useId()
  let body = null
  if (column === 'objective' || column === 'competenceType') body = <FacetFilter column={column} label={label} />
  else if (column === 'planned' || column === 'achieved') body = <RangeFilter column={column} />
  else if (column === 'percent')
    body = (
      <>
        <RangeFilter column="percent" />
        <ChoiceFilter filter="band" legend={t.bandLegend} choices={BANDS.map((b) => [b, BAND_LABELS[b][language]] as const)} />
      </>
    )
  else if (column === 'findings') {
    const has = view.spec.filters.hasFindings
    body = (
      <>
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {([null, true, false] as const).map((value) => (
            <label key={String(value)} className={options.option}>
              <input type="radio" name="has-findings" checked={has === value} onChange={() => view.setFilter('hasFindings', value)} />
              <span className={options.label}>{value === null ? t.anyFindings : value ? t.hasFindings : t.noFindings}</span>
            </label>
          ))}
        </fieldset>
        <ChoiceFilter filter="severity" legend={t.severityLegend} choices={SEVERITY_DEFS.map((s) => [s.key, s.label[language]] as const)} />
      </>
    )
  } else if (column === 'reviewStatus') body = <StatusFilter headingId={headingId} />
  else if (column === 'unit') body = <UnitFilter headingId={headingId} />
  return (
    <Popover anchor={anchor} label={t.filterColumn(label)} onClose={onClose} width={column === 'objective' ? 460 : 300}>
      <PopoverHead title={label} titleId={headingId} closeLabel={t.close} onClose={onClose} />
      {body}
    </Popover>
  )
}

/** Review statuses with how many metas of the other filters have each; the popover title names the list. */
function StatusFilter({ headingId }: { headingId: string }) {
  const statusNames = useStatusNames()
  const view = useGridView()
  const { report } = useReportSession()
  const counts = useMemo(() => statusCounts(report, view.spec, view.context), [report, view.spec, view.context])
  return <ChoiceFilter filter="reviewStatus" legend={{ labelledBy: headingId }} choices={REVIEW_STATUSES.map((s) => [s, statusNames[s]] as const)} counts={counts} />
}

/** Team mode: the units by name, then «Sin asignar», each with how many metas of the other filters it has. */
function UnitFilter({ headingId }: { headingId: string }) {
  const t = useMessages().grid
  const view = useGridView()
  const { report } = useReportSession()
  const counts = useMemo(() => unitCounts(report, view.spec, view.context), [report, view.spec, view.context])
  const units = view.context.units?.list ?? []
  return <ChoiceFilter filter="unit" legend={{ labelledBy: headingId }} choices={[...units.map((u) => [u.id, u.name] as const), [NO_UNIT, t.noUnit] as const]} counts={counts} />
}
