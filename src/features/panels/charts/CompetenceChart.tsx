import { Cell, Pie, PieChart, Tooltip } from 'recharts'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { ACTIVE_STROKE, SERIES_COLORS, SURFACE_FILL } from './chartColors'
import type { GroupRow } from './chartData'
import { chartTooltip } from '../../../ui/charts/chartTooltip'

/** Metas per competence type as slices; a slice click filters the view to that type. */
export function CompetenceChart({
  label,
  width,
  rows,
  total,
  isActive,
  onToggle,
}: {
  /** The accessible name of the chart surface, in the UI language. */
  label: string
  width: number
  rows: readonly GroupRow[]
  total: number
  isActive: (row: GroupRow) => boolean
  onToggle: (row: GroupRow) => void
}) {
  const t = useMessages().panels
  const height = 220
  const data = rows.map((r) => ({ ...r, name: r.label.trim() === '' ? t.emptyValue : r.label, value: r.count }))
  const Content = chartTooltip<(typeof data)[number]>((row) => (
    <>
      <strong>{row.name}</strong>
      <span>{t.metasShare(row.count, total)}</span>
      <span>{t.meanFulfillment(row.mean)}</span>
    </>
  ))
  return (
    <PieChart aria-label={label} width={width} height={height}>
      <Pie
        data={data}
        dataKey="value"
        nameKey="name"
        cx="50%"
        cy="50%"
        // Room on both sides for the outside labels ("CONCURRENTE: 89").
        outerRadius={Math.max(36, Math.min(80, (width - 300) / 2))}
        isAnimationActive={false}
        cursor="pointer"
        label={({ name, value }: { name?: string; value?: number }) => `${name ?? ''}: ${t.fmtNumber(value ?? 0)}`}
        onClick={(_, index) => onToggle(rows[index])}
      >
        {data.map((row, i) => (
          <Cell key={row.key} fill={SERIES_COLORS[i % SERIES_COLORS.length]} stroke={isActive(rows[i]) ? ACTIVE_STROKE : SURFACE_FILL} strokeWidth={isActive(rows[i]) ? 3 : 1} />
        ))}
      </Pie>
      <Tooltip content={Content} />
    </PieChart>
  )
}
