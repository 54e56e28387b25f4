import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import controls from '../../../ui/controls.module.css'
import form from '../../../ui/fixes/fixForm.module.css'
import styles from './JustificationComposer.module.css'

/** A text that stops at "Justificación:" has no justification written yet. */
const NOTHING_WRITTEN = /justificaci[oó]n:\s*$/i

/**
 * The result narrative opened with "Justificación: " at its end and the caret after it. The person
 * writes the reason; saving (the button or Ctrl+Enter) refuses a justification left blank.
 */
export function JustificationComposer({ initial, onSave, onCancel }: { initial: string; onSave: (text: string) => void; onCancel: () => void }) {
  const t = useMessages().fixes
  const id = useId()
  const area = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState(initial)
  const [blank, setBlank] = useState(false)
  useEffect(() => {
    const el = area.current
    if (!el) return
    el.focus()
    el.setSelectionRange(el.value.length, el.value.length)
    el.scrollTop = el.scrollHeight
  }, [])
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (NOTHING_WRITTEN.test(text)) {
      setBlank(true)
      area.current?.focus()
      return
    }
    onSave(text)
  }
  return (
    <form className={styles.composer} onSubmit={submit}>
      <label htmlFor={id}>{t.composeLabel}</label>
      <textarea
        id={id}
        ref={area}
        rows={5}
        value={text}
        spellCheck
        lang="es"
        aria-invalid={blank}
        aria-describedby={`${id}-hint${blank ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          setText(e.target.value)
          setBlank(false)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit()
          else if (e.key === 'Escape') onCancel()
          else return
          e.preventDefault()
          e.stopPropagation()
        }}
      />
      <p id={`${id}-hint`} className={form.help}>
        {t.composeHint}
      </p>
      {blank && (
        <p id={`${id}-error`} role="alert" className={controls.fieldError}>
          {t.composeEmpty}
        </p>
      )}
      <div className={form.actions}>
        <button type="submit" className={controls.primaryButton}>
          {t.composeSave}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
