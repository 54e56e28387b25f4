import { useMemo } from 'react'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { useView } from '../../../ui/view/useView'
import { BAND_LABELS, type FulfillmentBand } from '../../../report/statistics'
import { BandChart } from './BandChart'
import { ChartCard } from './ChartCard'
import { chartData, sameKeys, type GroupRow } from './chartData'
import { ChartDataTable } from '../../../ui/charts/ChartDataTable'
import { CompetenceChart } from './CompetenceChart'
import { ObjectiveChart, objectiveTick } from './ObjectiveChart'
import { PlannedAchievedChart } from './PlannedAchievedChart'
import { UnitProgressCard } from './UnitProgressCard'
import panelText from '../panelText.module.css'
import styles from './ChartsPanel.module.css'

/** The charts of the current view; loaded lazily with Recharts when the tab first opens. */
export default function ChartsPanel() {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const { report } = useReportSession()
  const view = useView()
  const data = useMemo(() => chartData(report, view.metas), [report, view.metas])
  const filters = view.spec.filters
  const total = view.metas.length

  const toggleBand = (band: FulfillmentBand) => view.setFilter('band', sameKeys(filters.band, [band]) ? [] : [band])
  const objectiveActive = (row: GroupRow) => filters.objective.length > 0 && sameKeys(filters.objective, row.facetKeys)
  const toggleObjective = (row: GroupRow) => view.setFilter('objective', objectiveActive(row) ? [] : row.facetKeys)
  const competenceActive = (row: GroupRow) => filters.competenceType.length > 0 && sameKeys(filters.competenceType, row.facetKeys)
  const toggleCompetence = (row: GroupRow) => view.setFilter('competenceType', competenceActive(row) ? [] : row.facetKeys)
  const byKey = (rows: readonly GroupRow[], key: string) => rows.find((r) => r.key === key)

  if (total === 0)
    return (
      <>
        <p className={panelText.empty}>{t.chartEmpty}</p>
        <UnitProgressCard />
      </>
    )
  return (
    <section aria-label={t.tabCharts}>
      <p className={styles.note}>{t.chartClickHint}</p>
      <ChartCard
        id="chart-bands"
        title={t.chartBands}
        fileName={t.fileNames.bands}
        table={
          <ChartDataTable
            caption={t.chartBands}
            headers={[t.tableBand, t.tableCount]}
            rows={data.bands.map((r) => ({ key: r.band, label: BAND_LABELS[r.band][language], values: [t.fmtNumber(r.count)], active: filters.band.includes(r.band) }))}
            onToggle={(key) => toggleBand(key as FulfillmentBand)}
          />
        }
      >
        {(width, label) => <BandChart label={label} width={width} rows={data.bands} total={total} active={filters.band} onToggle={toggleBand} />}
      </ChartCard>
      <ChartCard
        id="chart-objectives"
        title={t.chartObjectives}
        fileName={t.fileNames.objectives}
        table={
          <ChartDataTable
            caption={t.chartObjectives}
            headers={[t.tableObjective, t.tableMean, t.tableCount]}
            rows={data.objectives.map((r) => ({
              key: r.key,
              label: objectiveTick(r),
              fullLabel: r.label,
              values: [t.fmtPercent(r.mean), t.fmtNumber(r.count)],
              active: objectiveActive(r),
            }))}
            onToggle={(key) => {
              const row = byKey(data.objectives, key)
              if (row) toggleObjective(row)
            }}
          />
        }
      >
        {(width, label) => <ObjectiveChart label={label} width={width} rows={data.objectives} isActive={objectiveActive} onToggle={toggleObjective} />}
      </ChartCard>
      <ChartCard
        id="chart-competence"
        title={t.chartCompetence}
        fileName={t.fileNames.competence}
        table={
          <ChartDataTable
            caption={t.chartCompetence}
            headers={[t.tableType, t.tableCount, t.tableMean]}
            rows={data.competenceTypes.map((r) => ({
              key: r.key,
              label: r.label.trim() === '' ? t.emptyValue : r.label,
              values: [t.fmtNumber(r.count), t.fmtPercent(r.mean)],
              active: competenceActive(r),
            }))}
            onToggle={(key) => {
              const row = byKey(data.competenceTypes, key)
              if (row) toggleCompetence(row)
            }}
          />
        }
      >
        {(width, label) => <CompetenceChart label={label} width={width} rows={data.competenceTypes} total={total} isActive={competenceActive} onToggle={toggleCompetence} />}
      </ChartCard>
      <ChartCard
        id="chart-scatter"
        title={t.chartScatter}
        fileName={t.fileNames.scatter}
        table={
          <ChartDataTable
            caption={t.chartScatter}
            headers={[t.metaColumn, t.plannedLabel, t.achievedLabel]}
            rows={data.scatter.map((p) => ({ key: String(p.id), label: p.no, values: [t.fmtNumber(p.planned), t.fmtNumber(p.achieved)], active: p.id === view.spec.selected }))}
          />
        }
      >
        {(width, label) =>
          data.scatter.length === 0 ? (
            <p className={panelText.empty}>{t.chartScatterNone}</p>
          ) : (
            <PlannedAchievedChart label={label} width={width} points={data.scatter} selected={view.spec.selected} onSelect={view.select} />
          )
        }
      </ChartCard>
      {data.scatterLeftOut > 0 && data.scatter.length > 0 && <p className={styles.note}>{t.scatterLeftOut(data.scatterLeftOut)}</p>}
      <UnitProgressCard />
    </section>
  )
}
