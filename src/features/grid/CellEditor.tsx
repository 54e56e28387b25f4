/**
 * The in-cell editor. Enter or Tab saves, Escape cancels, Alt+Enter breaks the line in long texts.
 * Keys that end an IME or dead-key composition never save (isComposing), so "´ a" gives "á".
 * Numbers that do not read as Ecuadorian numbers keep the editor open with a message.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { columnDef, isNumericColumn } from '../../report/columns'
import type { ColumnKey } from '../../report/types'
import { parseEdit } from './gridColumns'
import styles from './CellEditor.module.css'

/** How the edit ended: the key that saved it, or 'away' when focus left the editor (a click elsewhere). */
export type EditEnd = 'enter' | 'tab' | 'shiftTab' | 'away'

interface Props {
  readonly column: ColumnKey
  readonly label: string
  readonly initial: string
  /** Category columns offer the values already in the report. */
  readonly options: readonly string[]
  readonly onCommit: (text: string, end: EditEnd) => void
  readonly onCancel: () => void
  /** Focus left with text that is not a number: the edit is dropped and the user told why. */
  readonly onRejectedAway: (message: string) => void
}

export function CellEditor({ column, label, initial, options, onCommit, onCancel, onRejectedAway }: Props) {
  const t = useMessages().grid
  const [text, setText] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const composing = useRef(false)
  // Set once the edit is saved or cancelled by a key, so the blur that follows does nothing.
  const closed = useRef(false)
  const ids = useId()
  const def = columnDef(column)
  const long = def.type === 'text'

  useEffect(() => {
    const el = ref.current
    if (!el) return
    el.focus()
    // Typing into a cell replaces it; F2/Enter/double-click keeps the text with the caret at the end.
    el.setSelectionRange(el.value.length, el.value.length)
  }, [])

  const commit = (end: EditEnd) => {
    const parsed = parseEdit(column, text)
    if (!parsed.ok) {
      const message = parsed.reason === 'integer' ? t.invalidInteger : t.invalidNumber
      if (end === 'away') {
        closed.current = true
        onRejectedAway(message)
        return
      }
      setError(message)
      ref.current?.focus()
      return
    }
    closed.current = true
    onCommit(parsed.text, end)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation()
    if (composing.current || e.nativeEvent.isComposing || e.keyCode === 229) return
    if (e.key === 'Escape') {
      e.preventDefault()
      closed.current = true
      onCancel()
    } else if (e.key === 'Enter' && !e.altKey && !e.shiftKey) {
      e.preventDefault()
      commit('enter')
    } else if (e.key === 'Enter' && e.altKey && long) {
      e.preventDefault()
      const el = ref.current
      if (!el) return
      const at = el.selectionStart ?? text.length
      const next = `${text.slice(0, at)}\n${text.slice(el.selectionEnd ?? at)}`
      setText(next)
      requestAnimationFrame(() => el.setSelectionRange(at + 1, at + 1))
    } else if (e.key === 'Tab') {
      e.preventDefault()
      commit(e.shiftKey ? 'shiftTab' : 'tab')
    }
  }

  const common = {
    ref,
    value: text,
    'aria-label': t.editing(label),
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${ids}-error` : `${ids}-hint`,
    className: isNumericColumn(def) ? `${styles.input} ${styles.numeric}` : styles.input,
    spellCheck: long,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value)
      setError(null)
    },
    onKeyDown,
    // Clicking elsewhere saves, as in a spreadsheet; typed work is never silently dropped.
    onBlur: () => {
      if (!closed.current) commit('away')
    },
    onCompositionStart: () => {
      composing.current = true
    },
    onCompositionEnd: () => {
      composing.current = false
    },
    // Clicks inside the editor must not move the grid's active cell.
    onMouseDown: (e: { stopPropagation: () => void }) => e.stopPropagation(),
  }

  return (
    <div className={long ? `${styles.editor} ${styles.long}` : styles.editor}>
      {long ? (
        <textarea {...common} rows={5} />
      ) : (
        <input {...common} list={options.length > 0 ? `${ids}-options` : undefined} inputMode={def.type === 'category' ? 'text' : 'decimal'} />
      )}
      {options.length > 0 && (
        <datalist id={`${ids}-options`}>
          {options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
      {error ? (
        <p id={`${ids}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      ) : (
        <p id={`${ids}-hint`} className={styles.hint}>
          {long ? t.editHintLong : t.editHint}
        </p>
      )}
    </div>
  )
}
