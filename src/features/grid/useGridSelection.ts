/**
 * The active cell and the selected range, kept by meta id and column key so they follow the meta
 * when the view is re-sorted. The active row is mirrored to the URL's selected meta (the side
 * panel follows it), and a selection made elsewhere (a chart, a link) moves the active cell.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Meta } from '../../report/types'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { rangeOf, type CellPos } from './keyboard/gridMoves'
import type { CellRequest } from '../../ui/view/useView'

interface CellRef {
  readonly meta: number
  readonly col: ViewColumnKey
}

/** Rapid arrow presses write the URL once they settle. */
const SELECT_DELAY_MS = 120

export function useGridSelection(
  metas: readonly Meta[],
  columns: readonly ViewColumnKey[],
  selected: number | null,
  select: (meta: number | null) => void,
  /** Metas in the report: ids run from 0 to total - 1. */
  total: number,
  /** A cell asked for from outside (a finding followed): it becomes the active cell. */
  cellRequest: CellRequest | null = null,
) {
  const [cursor, setCursor] = useState<CellRef | null>(() => (selected === null ? null : { meta: selected, col: columns[0] }))
  const [anchor, setAnchor] = useState<CellRef | null>(cursor)
  // Position of each meta id in the view (-1: not in it), built when first asked for: a keystroke
  // with no active cell does not pay for it.
  const rowOf = useMemo(() => {
    let index: Int32Array | null = null
    return (id: number) => {
      if (!index) {
        index = new Int32Array(total).fill(-1)
        for (let i = 0; i < metas.length; i++) index[metas[i].id] = i
      }
      return index[id] ?? -1
    }
  }, [metas, total])

  const toPos = useCallback(
    (ref: CellRef | null): CellPos | null => {
      if (!ref || metas.length === 0 || columns.length === 0) return null
      const row = rowOf(ref.meta)
      if (row < 0) return null
      return { row, col: Math.max(0, columns.indexOf(ref.col)) }
    },
    [rowOf, columns, metas.length],
  )
  const active = toPos(cursor)
  const anchorPos = toPos(anchor) ?? active
  const range = active && anchorPos ? rangeOf(active, anchorPos) : null

  const lastWritten = useRef<number | null>(selected)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const moveTo = useCallback(
    (pos: CellPos, extend = false) => {
      const meta = metas[pos.row]
      const col = columns[pos.col]
      if (!meta || !col) return
      const ref = { meta: meta.id, col }
      setCursor(ref)
      if (!extend) setAnchor(ref)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        timer.current = null
        lastWritten.current = meta.id
        select(meta.id)
      }, SELECT_DELAY_MS)
    },
    [metas, columns, select],
  )
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  // A selection that did not come from this grid (a link, a chart, the side panel's next/previous)
  // moves the active cell to it; `arrivals` counts those so the grid can scroll to it.
  const [arrivals, setArrivals] = useState(selected === null ? 0 : 1)
  useEffect(() => {
    if (timer.current || selected === lastWritten.current) return
    lastWritten.current = selected
    if (selected === null) {
      // The selection was dropped elsewhere (another workspace opened): no active cell is left behind.
      setCursor(null)
      setAnchor(null)
      return
    }
    setCursor((c) => ({ meta: selected, col: c?.col ?? columns[0] }))
    setAnchor((c) => ({ meta: selected, col: c?.col ?? columns[0] }))
    setArrivals((n) => n + 1)
  }, [selected, columns])

  useEffect(() => {
    if (!cellRequest) return
    const ref = { meta: cellRequest.meta, col: cellRequest.column }
    lastWritten.current = cellRequest.meta
    setCursor(ref)
    setAnchor(ref)
    setArrivals((n) => n + 1)
  }, [cellRequest])

  /** Selects the rectangle from `from` to `to`, which becomes the active cell. */
  const selectRange = useCallback(
    (from: CellPos, to: CellPos) => {
      const a = metas[from.row]
      const b = metas[to.row]
      if (!a || !b || !columns[from.col] || !columns[to.col]) return
      setAnchor({ meta: a.id, col: columns[from.col] })
      setCursor({ meta: b.id, col: columns[to.col] })
    },
    [metas, columns],
  )

  return { active, range, moveTo, selectRange, arrivals }
}
