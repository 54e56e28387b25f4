import { NO_UNIT } from '../../../report/team/metaUnits'
import { ChartDataTable } from '../../../ui/charts/ChartDataTable'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { useUnitProgress, type NamedUnitProgress } from '../../../ui/progress/useUnitProgress'
import { useView } from '../../../ui/view/useView'
import { ChartCard } from './ChartCard'
import { sameKeys } from './chartData'
import { UnitProgressChart } from './UnitProgressChart'

const unitKey = (row: NamedUnitProgress) => row.unit ?? NO_UNIT

/**
 * Team mode: the review's progress per unit over the whole report (not only the view), as a chart
 * and its table; a bar or a row filters the view to that unit. Nothing in local mode, which has no units.
 */
export function UnitProgressCard() {
  const messages = useMessages()
  const t = messages.activity
  const view = useView()
  const progress = useUnitProgress()
  if (!progress) return null
  const active = (key: string) => sameKeys(view.spec.filters.unit, [key])
  const toggle = (key: string) => view.setFilter('unit', active(key) ? [] : [key])
  const p = t.progressParts
  return (
    <ChartCard
      id="chart-unit-progress"
      title={t.progressChart}
      fileName={t.progressFile}
      table={
        <ChartDataTable
          caption={t.progressChart}
          headers={[t.progressUnit, p.assigned, p.ready, p.approved, p.returned]}
          rows={progress.map((r) => ({
            key: unitKey(r),
            label: r.name,
            values: [r.assigned, r.ready, r.approved, r.returned].map((n) => messages.panels.fmtNumber(n)),
            active: active(unitKey(r)),
          }))}
          onToggle={toggle}
        />
      }
    >
      {(width, label) => <UnitProgressChart label={label} width={width} rows={progress} onToggle={(row) => toggle(unitKey(row))} />}
    </ChartCard>
  )
}
