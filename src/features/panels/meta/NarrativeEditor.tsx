import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import panelText from '../panelText.module.css'
import styles from './NarrativeEditor.module.css'

/**
 * A narrative in full, editable in a text area that grows with its text. The change is committed
 * (one undo step) when the field is left or on Ctrl+Enter; Esc goes back to the saved text.
 */
export function NarrativeEditor({
  label,
  value,
  originalLength,
  edited,
  readOnlyNote,
  onCommit,
}: {
  label: string
  value: string
  originalLength: number
  edited: boolean
  /** A read-only account: the id of the note saying why, which describes the field that cannot change. */
  readOnlyNote: string | null
  onCommit: (text: string) => void
}) {
  const t = useMessages().panels
  const id = useId()
  const ref = useRef<HTMLTextAreaElement>(null)
  const [draft, setDraft] = useState(value)
  const [saved, setSaved] = useState(value)
  // The saved text can change under us (undo, another tab): follow it unless the user is typing.
  if (value !== saved) {
    setSaved(value)
    setDraft(value)
  }
  useLayoutEffect(() => {
    const area = ref.current
    if (!area) return
    area.style.height = 'auto'
    area.style.height = `${area.scrollHeight + 2}px`
  }, [draft])

  const commit = () => {
    if (draft !== value) onCommit(draft)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && draft !== value) {
      event.preventDefault()
      event.stopPropagation()
      setDraft(value)
    }
  }
  const length = [...draft].length
  return (
    <div className={edited ? `${styles.narrative} ${styles.edited}` : styles.narrative}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {edited && <span className={panelText.editedBadge}>{t.editedMark}</span>}
      </label>
      <textarea
        id={id}
        ref={ref}
        className={styles.input}
        rows={3}
        value={draft}
        readOnly={readOnlyNote !== null}
        aria-describedby={readOnlyNote === null ? `${id}-count` : `${id}-count ${readOnlyNote}`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        spellCheck
        lang="es"
      />
      <p id={`${id}-count`} className={styles.count}>
        {length === originalLength ? t.characters(length) : t.charactersChanged(length, originalLength)}
      </p>
    </div>
  )
}
