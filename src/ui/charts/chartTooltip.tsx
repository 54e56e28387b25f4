import type { ReactNode } from 'react'
import type { TooltipContentProps } from 'recharts'
import styles from './chartTooltip.module.css'

/** Tooltip content for Recharts: the hovered row, rendered by `render` (texts from the catalog). */
export function chartTooltip<Row>(render: (row: Row) => ReactNode) {
  return function ChartTooltip({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as Row | undefined
    if (!active || row === undefined) return null
    return <div className={styles.tooltip}>{render(row)}</div>
  }
}
