import { CartesianGrid, Cell, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { fulfillmentBand } from '../../../report/statistics'
import { ACTIVE_STROKE, BAND_COLORS, GRID_STROKE, REFERENCE_STROKE } from './chartColors'
import type { ScatterPoint } from './chartData'
import { chartTooltip } from '../../../ui/charts/chartTooltip'

/** Planned against achieved per meta on log axes, with the 100 % line; a point click opens the meta. */
export function PlannedAchievedChart({
  label,
  width,
  points,
  selected,
  onSelect,
}: {
  /** The accessible name of the chart surface, in the UI language. */
  label: string
  width: number
  points: readonly ScatterPoint[]
  selected: number | null
  onSelect: (meta: number) => void
}) {
  const t = useMessages().panels
  const values = points.flatMap((p) => [p.planned, p.achieved])
  // Whole powers of ten around the data, so the 100 % diagonal runs corner to corner.
  const low = 10 ** Math.floor(Math.log10(Math.min(...values)))
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values)))
  const Content = chartTooltip<ScatterPoint>((p) => (
    <>
      <strong>{t.metaTitle(p.no)}</strong>
      <span>
        {t.plannedLabel}: {t.fmtNumber(p.planned)}
      </span>
      <span>
        {t.achievedLabel}: {t.fmtNumber(p.achieved)}
      </span>
      <span>{t.fmtPercent(p.percent)}</span>
    </>
  ))
  const axisTick = (v: number) => t.fmtCompact(v)
  const ticks = powersOfTen(low, high)
  // Both axes are the same log scale over the same range, so the diagonal is "achieved = planned".
  const logAxis = { type: 'number', scale: 'log', domain: [low, high], ticks, allowDataOverflow: true, tickFormatter: axisTick, tick: { fontSize: 11 } } as const
  return (
    <ScatterChart aria-label={label} width={width} height={Math.min(340, Math.max(240, width * 0.75))} margin={{ top: 12, right: 16, bottom: 20, left: 12 }}>
      <CartesianGrid stroke={GRID_STROKE} />
      <XAxis {...logAxis} dataKey="planned" name={t.plannedLabel} label={{ value: t.plannedLabel, position: 'insideBottom', offset: -12, fontSize: 12 }} />
      <YAxis {...logAxis} dataKey="achieved" name={t.achievedLabel} width={66} label={{ value: t.achievedLabel, angle: -90, position: 'insideLeft', offset: 2, fontSize: 12 }} />
      <ReferenceLine
        segment={[
          { x: low, y: low },
          { x: high, y: high },
        ]}
        stroke={REFERENCE_STROKE}
        strokeDasharray="5 4"
        label={{ value: t.fullLine, position: 'insideTopLeft', fontSize: 11, fill: REFERENCE_STROKE }}
      />
      <Tooltip content={Content} cursor={{ strokeDasharray: '3 3' }} />
      <Scatter data={points as ScatterPoint[]} isAnimationActive={false} cursor="pointer" onClick={(_, index) => onSelect(points[index].id)}>
        {points.map((p) => (
          <Cell
            key={p.id}
            fill={BAND_COLORS[fulfillmentBand(p.percent)]}
            fillOpacity={0.75}
            stroke={p.id === selected ? ACTIVE_STROKE : undefined}
            strokeWidth={p.id === selected ? 3 : 0}
          />
        ))}
      </Scatter>
    </ScatterChart>
  )
}

/** Tick values at powers of ten, every other one when there are too many to read. */
function powersOfTen(low: number, high: number): number[] {
  const from = Math.round(Math.log10(low))
  const to = Math.round(Math.log10(high))
  const step = to - from > 6 ? 2 : 1
  const ticks: number[] = []
  for (let e = from; e <= to; e += step) ticks.push(10 ** e)
  return ticks
}
