/** Copy the selected cells as tab-separated text; paste a tab-separated block as one undoable edit. */
import { useCallback, type ClipboardEvent } from 'react'
import type { Language } from '../../../ui/i18n/catalog'
import type { CellEdit, Meta } from '../../../report/types'
import type { ViewContext } from '../../../report/view/viewContext'
import type { ViewColumnKey } from '../../../report/view/viewSpec'
import { cellText } from '../gridColumns'
import { viewColumnLabel } from '../../../report/viewColumns'
import type { GridMessages } from '../../../ui/i18n/gridMessages'
import type { CellPos } from '../keyboard/gridMoves'
import { planPaste } from './pasteEdits'
import { formatTsv, parseTsv } from './tsv'

type Range = { top: number; bottom: number; left: number; right: number }

interface Options {
  readonly metas: readonly Meta[]
  readonly columns: readonly ViewColumnKey[]
  readonly context: ViewContext
  readonly active: CellPos | null
  readonly range: Range | null
  readonly editing: boolean
  /** Why nothing can be pasted (a read-only account), or null. */
  readonly readOnly: string | null
  readonly commit: (edits: readonly CellEdit[]) => void
  readonly announce: (message: string) => void
  readonly t: GridMessages
  readonly statusNames: Readonly<Record<string, string>>
  readonly language: Language
}

export function useGridClipboard(o: Options) {
  const { metas, columns, context, active, range, editing, readOnly, commit, announce, t, statusNames, language } = o
  const onCopy = useCallback(
    (e: ClipboardEvent) => {
      if (editing || !range) return
      e.preventDefault()
      const rows: string[][] = []
      for (let r = range.top; r <= range.bottom; r++) {
        const row: string[] = []
        for (let c = range.left; c <= range.right; c++) row.push(cellText(metas[r], columns[c], context, t, statusNames))
        rows.push(row)
      }
      e.clipboardData.setData('text/plain', formatTsv(rows))
      announce(t.copied((range.bottom - range.top + 1) * (range.right - range.left + 1)))
    },
    [editing, range, metas, columns, context, announce, t, statusNames],
  )
  const onPaste = useCallback(
    (e: ClipboardEvent) => {
      if (editing || !active) return
      e.preventDefault()
      if (readOnly !== null) return announce(readOnly)
      const block = parseTsv(e.clipboardData.getData('text/plain'))
      if (block.length === 0) return
      const plan = planPaste(block, active, metas, columns, range ?? undefined)
      if (plan.edits.length > 0) commit(plan.edits)
      const byId = new Map(metas.map((m) => [m.id, m]))
      const refused = plan.rejected.map((cell) => {
        const meta = byId.get(cell.meta)
        return t.cellName(meta?.cells.no.trim() || String(cell.meta + 1), viewColumnLabel(cell.column, language))
      })
      announce(t.pasted(plan.edits.length, refused))
    },
    [editing, active, range, metas, columns, readOnly, commit, announce, t, language],
  )
  return { onCopy, onPaste }
}
