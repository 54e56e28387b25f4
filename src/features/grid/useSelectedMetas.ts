import { useEffect } from 'react'
import type { Meta } from '../../report/types'

/** Tells the view which metas the grid's selected rows hold (assigning «Las N metas seleccionadas» reads them). */
export function useSelectedMetas(range: { readonly top: number; readonly bottom: number } | null, metas: readonly Meta[], setSelection: (metas: readonly number[]) => void): void {
  const top = range?.top ?? -1
  const bottom = range?.bottom ?? -1
  useEffect(() => {
    setSelection(top < 0 ? [] : metas.slice(top, bottom + 1).map((m) => m.id))
  }, [top, bottom, metas, setSelection])
}
