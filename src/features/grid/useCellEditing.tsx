/**
 * In-place editing of the active cell: opening the editor (unless the account is read-only, when
 * the attempt announces why), committing what was typed and moving on as the key that ended it says.
 */
import { useMemo, useState, type ReactNode, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'
import { columnDef } from '../../report/columns'
import type { ColumnKey, Meta } from '../../report/types'
import { compareText } from '../../report/textFold'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { viewColumnLabel } from '../../report/viewColumns'
import { CellEditor, type EditEnd } from './CellEditor'
import { editText, isEditable } from './gridColumns'
import type { CellPos } from './keyboard/gridMoves'

interface Editing {
  readonly meta: number
  readonly col: ColumnKey
  readonly initial: string
}

interface Options {
  readonly active: CellPos | null
  readonly metas: readonly Meta[]
  readonly keys: readonly ViewColumnKey[]
  readonly go: (pos: CellPos) => void
  readonly announce: (message: string) => void
  readonly grid: RefObject<HTMLElement | null>
  /** Why nothing can be changed (a read-only account), or null. */
  readonly readOnly: string | null
}

export function useCellEditing({ active, metas, keys, go, announce, grid, readOnly }: Options) {
  const session = useReportSession()
  const { language, messages } = useLanguage()
  const [editing, setEditing] = useState<Editing | null>(null)

  /** Opens the editor on the active cell (with `initial` as its text); false when it cannot. */
  const startEdit = (initial?: string) => {
    if (!active) return false
    const meta = metas[active.row]
    const key = keys[active.col]
    if (!meta || !isEditable(key)) return false
    if (readOnly !== null) {
      announce(readOnly)
      return false
    }
    // Synchronous so the editor has focus before the browser delivers the typed or composed text.
    flushSync(() => setEditing({ meta: meta.id, col: key, initial: initial ?? editText(meta, key) }))
    return true
  }
  const finishEdit = (text: string | null, end: EditEnd | null) => {
    const current = editing
    setEditing(null)
    // After a click elsewhere focus goes where the user clicked; after a key it returns to the grid.
    if (end !== 'away') grid.current?.focus({ preventScroll: true })
    if (!current) return
    if (text !== null && text !== session.report.metas[current.meta]?.cells[current.col]) {
      session.commit([{ meta: current.meta, column: current.col, after: text }])
    }
    if (!active) return
    if (end === 'enter') go({ row: Math.min(metas.length - 1, active.row + 1), col: active.col })
    else if (end === 'tab') go({ row: active.row, col: Math.min(keys.length - 1, active.col + 1) })
    else if (end === 'shiftTab') go({ row: active.row, col: Math.max(0, active.col - 1) })
  }
  const options = useMemo(() => {
    if (!editing || columnDef(editing.col).type !== 'category') return []
    return [...new Set(session.report.metas.map((m) => m.cells[editing.col].trim()).filter((v) => v !== ''))].sort(compareText)
  }, [editing, session.report])

  /** The editor for the row of `meta`, when it is the active row and being edited. */
  const editorFor = (meta: number, isActive: boolean): ReactNode =>
    editing && editing.meta === meta && isActive ? (
      <CellEditor
        column={editing.col}
        label={viewColumnLabel(editing.col, language)}
        initial={editing.initial}
        options={options}
        onCommit={(text, end) => finishEdit(text, end)}
        onCancel={() => finishEdit(null, null)}
        onRejectedAway={(message) => {
          finishEdit(null, 'away')
          announce(messages.grid.editDropped(message))
        }}
      />
    ) : null

  return { editing: editing !== null, startEdit, editorFor }
}
