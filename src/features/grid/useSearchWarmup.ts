import { useEffect } from 'react'
import type { Meta } from '../../report/types'
import { warmSearchIndex } from '../../report/view/searchIndex'

const SLICE_MS = 8

/** Builds the search index in idle slices after the rows are on screen, so the first keystroke is fast. */
export function useSearchWarmup(metas: readonly Meta[]): void {
  useEffect(() => {
    let at = 0
    let handle: number | null = null
    const idle = typeof requestIdleCallback === 'function'
    const step = () => {
      at = warmSearchIndex(metas, at, SLICE_MS)
      if (at < metas.length) schedule()
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
