import { useCallback } from 'react'
import { useView } from '../../../ui/view/useView'
import type { ColumnKey } from '../../../report/types'

/** Selects a meta in the grid (the URL records it) and brings the given cell into view. */
export function useJumpToCell(): (meta: number, column: ColumnKey | null) => void {
  const view = useView()
  return useCallback((meta: number, column: ColumnKey | null) => view.select(meta, column ?? undefined), [view])
}
