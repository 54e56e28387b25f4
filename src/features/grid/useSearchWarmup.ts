import { useEffect } from 'react'
import type { Meta } from '../../report/types'
import { warmSearchIndex } from '../../report/view/searchIndex'
import { SORT_WARM_STEPS, warmSortOrders } from '../../report/view/sortView'

const SLICE_MS = 8

/**
 * Builds the search index, then the numeric columns' sort orders, in idle slices after the rows are on
 * screen, so the first keystroke and the first click on a header are fast.
 */
export function useSearchWarmup(metas: readonly Meta[]): void {
  useEffect(() => {
    let at = 0
    let sortStep = 0
    let handle: number | null = null
    const idle = typeof requestIdleCallback === 'function'
    const step = () => {
      if (at < metas.length) at = warmSearchIndex(metas, at, SLICE_MS)
      else sortStep = warmSortOrders(metas, sortStep)
      if (at < metas.length || sortStep < SORT_WARM_STEPS) schedule()
    }
    const schedule = () => {
      handle = idle ? requestIdleCallback(step, { timeout: 200 }) : window.setTimeout(step, 0)
    }
    schedule()
    return () => {
      if (handle === null) return
      if (idle) cancelIdleCallback(handle)
      else clearTimeout(handle)
    }
  }, [metas])
}
