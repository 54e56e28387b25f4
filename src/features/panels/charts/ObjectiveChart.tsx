import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { fulfillmentBand } from '../../../report/statistics'
import { ACTIVE_STROKE, BAND_COLORS, GRID_STROKE, REFERENCE_STROKE } from './chartColors'
import type { GroupRow } from './chartData'
import { chartTooltip } from '../../../ui/charts/chartTooltip'

// Two lines of 11 px text per objective: code and the start of its name.
const ROW_HEIGHT = 34

/** Mean fulfillment per objective, best first; a bar click filters the view to that objective. */
export function ObjectiveChart({
  label,
  width,
  rows,
  isActive,
  onToggle,
}: {
  /** The accessible name of the chart surface, in the UI language. */
  label: string
  width: number
  rows: readonly GroupRow[]
  isActive: (row: GroupRow) => boolean
  onToggle: (row: GroupRow) => void
}) {
  const t = useMessages().panels
  const data = rows.map((r) => ({ ...r, name: objectiveTick(r), value: r.mean ?? 0 }))
  const labelWidth = Math.min(230, Math.round(width * 0.48))
  const Content = chartTooltip<(typeof data)[number]>((row) => (
    <>
      <strong>{row.label}</strong>
      <span>{t.meanFulfillment(row.mean)}</span>
      <span>{t.metasCount(row.count)}</span>
    </>
  ))
  return (
    <BarChart aria-label={label} width={width} height={data.length * ROW_HEIGHT + 44} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]} tickFormatter={(v: number) => t.fmtPercent(v, 0)} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="name" width={labelWidth} interval={0} tick={{ fontSize: 11 }} tickFormatter={(v: string) => clip(v, Math.floor(labelWidth / 9.5) * 2)} />
      <ReferenceLine x={100} stroke={REFERENCE_STROKE} strokeDasharray="4 3" />
      <Tooltip content={Content} cursor={{ fill: 'rgba(28,95,168,0.08)' }} />
      <Bar dataKey="value" cursor="pointer" isAnimationActive={false} barSize={16} onClick={(_, index) => onToggle(rows[index])}>
        {data.map((row, i) => (
          <Cell key={row.key} fill={BAND_COLORS[fulfillmentBand(row.mean)]} stroke={isActive(rows[i]) ? ACTIVE_STROKE : undefined} strokeWidth={isActive(rows[i]) ? 3 : 0} />
        ))}
      </Bar>
    </BarChart>
  )
}

/** "2.4 El MDMQ ha desarrollado…": code and short name, as on the axis. */
export function objectiveTick(row: GroupRow): string {
  return row.code === null ? row.shortName : `${row.code} ${row.shortName}`
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`
}
