import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback } from 'react'
import { useRecomputeOn } from '../../ui/useRecomputeOn'
import type { ColumnLayout, ColumnWindow } from './GridRow'

/**
 * The columns each row renders: the frozen ones, those in sight sideways (and one more on each side)
 * and the active cell's, which aria-activedescendant points at. The header keeps every column.
 * A sort or a keystroke then lays out and commits the cells on screen, not the whole width.
 */
export function useColumnWindow(getScrollElement: () => HTMLElement | null, columns: readonly ColumnLayout[], activeCol: number): ColumnWindow {
  const frozen = columns.filter((c) => c.frozen).length
  const estimateSize = useCallback((i: number) => columns[i].width, [columns])
  // A new key per column and width: the virtualizer recomputes its positions when the layout changes.
  const getItemKey = useCallback((i: number) => `${columns[i].key}:${columns[i].width}`, [columns])
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = new Set(defaultRangeExtractor(range))
      for (let i = 0; i < Math.min(frozen, range.count); i++) shown.add(i)
      if (activeCol >= 0 && activeCol < range.count) shown.add(activeCol)
      return [...shown].sort((a, b) => a - b)
    },
    [frozen, activeCol],
  )
  const virtualizer = useVirtualizer({ horizontal: true, count: columns.length, getScrollElement, estimateSize, getItemKey, rangeExtractor, overscan: 1 })
  const items = virtualizer.getVirtualItems()
  // Rows are memoized: they get a new list only when the columns shown or their layout change.
  return useRecomputeOn([items.map((item) => item.index).join(','), columns], () => {
    let end = 0
    const shown = items.map((item) => {
      const gap = item.start - end
      end = item.end
      return { index: item.index, style: { width: columns[item.index].width, marginLeft: gap || undefined } }
    })
    return { frozen: shown.slice(0, frozen), scrolling: shown.slice(frozen) }
  })
}
