/**
 * Actions on the selected cells beyond editing: revert to the original (Alt+Backspace or the
 * cell's context menu) and the fixes of the active cell's findings. The menu opens at a point and
 * gives focus back to the grid when it closes.
 */
import { useCallback, useState, type ReactNode, type RefObject } from 'react'
import { useReportSession } from '../../ui/session/ReportSession'
import type { ColumnKey, Meta } from '../../report/types'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { CellMenu } from './CellMenu'
import { editedInRange } from './editedCells'
import { useCellFixes } from './useCellFixes'
import type { GridMessages } from '../../ui/i18n/gridMessages'

interface Options {
  readonly range: { top: number; bottom: number; left: number; right: number } | null
  readonly metas: readonly Meta[]
  readonly keys: readonly ViewColumnKey[]
  readonly announce: (message: string) => void
  readonly t: GridMessages
  readonly grid: RefObject<HTMLElement | null>
  /** Why nothing can be changed (a read-only account), or null: then there is no menu, only the reason. */
  readonly readOnly: string | null
  /** The active cell, whose findings' fixes the menu offers. */
  readonly cell: { readonly meta: number; readonly column: ColumnKey | null } | null
  readonly startEdit: (initial: string) => boolean
}

export function useCellMenu({ range, metas, keys, announce, t, grid, readOnly, cell, startEdit }: Options): {
  readonly element: ReactNode
  readonly openAt: (x: number, y: number) => void
  readonly revertSelection: () => void
} {
  const session = useReportSession()
  const fixes = useCellFixes({ cell, startEdit, announce })
  const [at, setAt] = useState<{ x: number; y: number } | null>(null)
  const close = useCallback(() => {
    setAt(null)
    grid.current?.focus({ preventScroll: true })
  }, [grid])
  const edited = () => (range ? editedInRange(range, metas, keys, session.isEdited) : [])
  // The active cell alone is the range when nothing wider is selected.
  const revertSelection = () => {
    if (readOnly !== null) return announce(readOnly)
    const cells = edited()
    if (cells.length === 0) {
      announce(t.nothingToRevert)
      return
    }
    session.revert(cells)
    announce(t.reverted(cells.length))
  }
  const menu = at && (
    <CellMenu
      x={at.x}
      y={at.y}
      label={t.cellMenu}
      onClose={close}
      items={[
        {
          label: t.revertToOriginal,
          shortcut: { label: t.revertShortcut, keys: 'Alt+Backspace' },
          disabled: edited().length === 0,
          onSelect: revertSelection,
        },
        ...fixes.items(),
      ]}
    />
  )
  const element = (
    <>
      {menu}
      {fixes.dialog}
    </>
  )
  const openAt = (x: number, y: number) => (readOnly === null ? setAt({ x, y }) : announce(readOnly))
  return { element, openAt, revertSelection }
}
