import { useEffect, useRef, type RefObject } from 'react'
import { encodeView } from '../../report/view/viewUrl'
import type { ViewSpec } from '../../report/view/viewSpec'

/**
 * Where the grid scrolls on its own: to the top when a new sort, filter or search is applied (the
 * rows above are new too), and to the active row when a selection arrives from outside the grid.
 */
export function useScrollFollow(scrollRef: RefObject<HTMLElement | null>, spec: ViewSpec, arrivals: number, revealActive: () => void, atTop: () => boolean): void {
  const orderKey = encodeView({ ...spec, selected: null, columns: null }).toString()
  const shownOrder = useRef(orderKey)
  const atTopRef = useRef(atTop)
  atTopRef.current = atTop
  useEffect(() => {
    if (shownOrder.current === orderKey) return
    shownOrder.current = orderKey
    // Writing scrollTop forces a layout before the frame, on every keystroke of a search.
    if (scrollRef.current && !atTopRef.current()) scrollRef.current.scrollTop = 0
  }, [orderKey, scrollRef])
  const reveal = useRef(revealActive)
  reveal.current = revealActive
  useEffect(() => {
    if (arrivals > 0) reveal.current()
  }, [arrivals])
}
