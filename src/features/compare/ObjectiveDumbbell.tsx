import { useId, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import type { ObjectiveDelta } from '../../report/compare/objectiveDeltas'
import { ChartDataTable } from '../../ui/charts/ChartDataTable'
import { chartTooltip } from '../../ui/charts/chartTooltip'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import card from './compareCard.module.css'
import styles from './ObjectiveDumbbell.module.css'

const ROW_HEIGHT = 26
/** Report A and report B as the chart draws them (tokens of ui/tokens.css). */
const COLOR_A = 'var(--series-2)'
const COLOR_B = 'var(--series-1)'
const ACTIVE = 'var(--focus)'

interface Datum {
  readonly row: ObjectiveDelta
  readonly name: string
  /** [lower, higher] mean: the bar between the two dots. */
  readonly range: readonly [number, number]
}

const tick = (row: ObjectiveDelta) => (row.code ? `${row.code} ${row.shortName}` : row.shortName)
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`)

/**
 * Mean fulfillment per objective in A and in B, a dumbbell per objective (A's dot, B's dot and the
 * bar between): a click on one, or its row in the table, filters the grid to that objective.
 */
export function ObjectiveDumbbell({ rows, active, onToggle }: { rows: readonly ObjectiveDelta[]; active: ObjectiveDelta | null; onToggle: (row: ObjectiveDelta) => void }) {
  const t = useMessages().compare
  const titleId = useId()
  const [showTable, setShowTable] = useState(false)
  const data: Datum[] = rows.map((row) => {
    const a = row.meanA ?? row.meanB ?? 0
    const b = row.meanB ?? row.meanA ?? 0
    return { row, name: tick(row), range: [Math.min(a, b), Math.max(a, b)] }
  })
  const isActive = (row: ObjectiveDelta) => active !== null && active.keys[0] === row.keys[0]
  const Dumbbell = ({ x, y, width, height, index }: BarShapeProps) => {
    const { row } = data[index]!
    const mid = y + height / 2
    const low = row.meanA !== null && row.meanB !== null && row.meanA > row.meanB ? 'b' : 'a'
    const at = (side: 'a' | 'b') => (side === low ? x : x + width)
    return (
      <g cursor="pointer">
        <rect x={x - 6} y={y} width={width + 12} height={height} fill="transparent" stroke={isActive(row) ? ACTIVE : 'none'} strokeWidth={2} />
        <line x1={x} x2={x + width} y1={mid} y2={mid} stroke="var(--muted)" strokeWidth={2} />
        {row.meanA !== null && <circle cx={at('a')} cy={mid} r={5} fill={COLOR_A} />}
        {row.meanB !== null && <circle cx={at('b')} cy={mid} r={5} fill={COLOR_B} />}
      </g>
    )
  }
  const TooltipContent = chartTooltip<Datum>((datum) => (
    <>
      <strong>{datum.row.label}</strong>
      <span>{t.chartTooltip(datum.row.meanA, datum.row.meanB)}</span>
    </>
  ))
  return (
    <figure className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <h2 id={titleId}>{t.chartTitle}</h2>
        <span className={styles.legend}>
          <span className={styles.dotA} aria-hidden="true" /> {t.chartLegend('a')} <span className={styles.dotB} aria-hidden="true" /> {t.chartLegend('b')}
        </span>
        <button type="button" aria-expanded={showTable} onClick={() => setShowTable((s) => !s)}>
          {t.chartTable}
        </button>
      </div>
      <div className={styles.plot}>
        <BarChart
          responsive
          style={{ width: '100%', height: data.length * ROW_HEIGHT + 40 }}
          aria-label={t.chartTitle}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        >
          <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
          <XAxis
            type="number"
            orientation="top"
            domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]}
            tickFormatter={(v: number) => t.fmtPercent(v)}
            tick={{ fontSize: 11 }}
          />
          <YAxis type="category" dataKey="name" width={260} interval={0} tick={{ fontSize: 11 }} tickFormatter={(v: string) => clip(v, 42)} />
          <ReferenceLine x={100} stroke="var(--chart-reference)" strokeDasharray="4 3" />
          <Tooltip content={TooltipContent} cursor={{ fill: 'var(--accent-soft)' }} />
          <Bar dataKey="range" isAnimationActive={false} barSize={14} shape={Dumbbell} onClick={(_, index) => onToggle(rows[index]!)} />
        </BarChart>
      </div>
      {showTable && (
        <div className={styles.table}>
          <ChartDataTable
            caption={t.chartTableCaption}
            headers={t.chartHeaders}
            rows={rows.map((row) => ({
              key: row.keys[0]!,
              label: tick(row),
              fullLabel: row.label,
              values: [t.fmtPercent(row.meanA), t.fmtPercent(row.meanB), t.fmtPoints(row.delta)],
              active: isActive(row),
            }))}
            onToggle={(key) => onToggle(rows.find((row) => row.keys[0] === key)!)}
          />
        </div>
      )}
    </figure>
  )
}
