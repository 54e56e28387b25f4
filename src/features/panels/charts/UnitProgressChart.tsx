import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import type { NamedUnitProgress } from '../../../ui/progress/useUnitProgress'
import { chartTooltip } from '../../../ui/charts/chartTooltip'
import { GRID_STROKE, PROGRESS_COLORS } from './chartColors'

const PARTS = ['approved', 'ready', 'returned', 'pending'] as const

/** Each unit's metas as one stacked bar: approved, ready for review, returned, not yet submitted; a click filters the view to the unit. */
export function UnitProgressChart({
  label,
  width,
  rows,
  onToggle,
}: {
  /** The accessible name of the chart surface, in the UI language. */
  label: string
  width: number
  rows: readonly NamedUnitProgress[]
  onToggle: (row: NamedUnitProgress) => void
}) {
  const t = useMessages().activity
  const data = rows.map((r) => ({ ...r, pending: r.assigned - r.ready - r.approved - r.returned }))
  const Content = chartTooltip<(typeof data)[number]>((row) => (
    <>
      <strong>{row.name}</strong>
      <span>{t.progressTip(row.assigned)}</span>
      {PARTS.map((part) => (
        <span key={part}>{`${t.progressParts[part]}: ${row[part]}`}</span>
      ))}
    </>
  ))
  return (
    <BarChart aria-label={label} width={width} height={data.length * 30 + 72} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="name" width={Math.min(180, Math.round(width * 0.4))} interval={0} tick={{ fontSize: 11 }} />
      <Tooltip content={Content} cursor={{ fill: 'rgba(28,95,168,0.08)' }} />
      <Legend wrapperStyle={{ fontSize: 11 }} />
      {PARTS.map((part) => (
        <Bar
          key={part}
          dataKey={part}
          name={t.progressParts[part]}
          stackId="progress"
          fill={PROGRESS_COLORS[part]}
          cursor="pointer"
          isAnimationActive={false}
          barSize={18}
          onClick={(_, index) => onToggle(rows[index]!)}
        />
      ))}
    </BarChart>
  )
}
