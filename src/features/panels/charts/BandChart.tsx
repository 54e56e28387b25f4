import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { BAND_LABELS, type FulfillmentBand } from '../../../report/statistics'
import { ACTIVE_STROKE, BAND_COLORS, GRID_STROKE, LABEL_FILL } from './chartColors'
import type { BandRow } from './chartData'
import { chartTooltip } from '../../../ui/charts/chartTooltip'

/** Metas per fulfillment band; a bar click filters the view to that band. */
export function BandChart({
  label,
  width,
  rows,
  total,
  active,
  onToggle,
}: {
  /** The accessible name of the chart surface, in the UI language. */
  label: string
  width: number
  rows: readonly BandRow[]
  total: number
  active: readonly string[]
  onToggle: (band: FulfillmentBand) => void
}) {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const data = rows.map((r) => ({ ...r, name: BAND_LABELS[r.band][language] }))
  const Content = chartTooltip<(typeof data)[number]>((row) => (
    <>
      <strong>{row.name}</strong>
      <span>{t.metasShare(row.count, total)}</span>
    </>
  ))
  return (
    // Horizontal bars: the band names stay readable however narrow the panel is.
    <BarChart aria-label={label} width={width} height={data.length * 30 + 36} data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 0 }}>
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} tickFormatter={(v: number) => t.fmtNumber(v)} />
      <YAxis type="category" dataKey="name" width={118} interval={0} tick={{ fontSize: 12 }} />
      <Tooltip content={Content} cursor={{ fill: 'rgba(28,95,168,0.08)' }} />
      <Bar
        dataKey="count"
        cursor="pointer"
        isAnimationActive={false}
        barSize={20}
        label={{ position: 'right', fontSize: 11, fill: LABEL_FILL, formatter: (v: unknown) => (typeof v === 'number' ? t.fmtNumber(v) : '') }}
        onClick={(_, index) => onToggle(data[index].band)}
      >
        {data.map((row) => (
          <Cell key={row.band} fill={BAND_COLORS[row.band]} stroke={active.includes(row.band) ? ACTIVE_STROKE : undefined} strokeWidth={active.includes(row.band) ? 3 : 0} />
        ))}
      </Bar>
    </BarChart>
  )
}
