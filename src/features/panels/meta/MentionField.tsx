import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import type { Colleague } from '../../../ui/session/PeopleContext'
import { mentionQuery, peopleMatching } from './mentions'
import styles from './MentionField.module.css'

const MAX_OPTIONS = 8

interface Props {
  readonly id: string
  readonly value: string
  readonly onChange: (text: string) => void
  /** Ctrl+Enter (or ⌘+Enter) outside the completion: send. */
  readonly onSend: () => void
  /** Who may be mentioned (the team without the writer). */
  readonly people: readonly Colleague[]
  readonly invalid?: boolean
  readonly describedBy?: string
  readonly autoFocus?: boolean
}

/**
 * A comment's text box with @-completion (the ARIA combobox pattern): typing '@' and the start of a
 * name lists the people who match; ↑ ↓ choose, Enter or Tab writes '@Name', Escape closes the list.
 */
export function MentionField({ id, value, onChange, onSend, people, invalid, describedBy, autoFocus }: Props) {
  const t = useMessages().turn
  const ref = useRef<HTMLTextAreaElement>(null)
  const listId = useId()
  const [caret, setCaret] = useState(0)
  const [active, setActive] = useState(0)
  // The '@' whose list was closed (Escape, or a name chosen): it stays closed until another '@'.
  const [dismissed, setDismissed] = useState<number | null>(null)
  const placeCaret = useRef<number | null>(null)
  const query = mentionQuery(value, caret)
  const options = query && query.start !== dismissed ? peopleMatching(people, query.query).slice(0, MAX_OPTIONS) : []
  const open = options.length > 0
  const current = Math.min(active, options.length - 1)

  useLayoutEffect(() => {
    if (placeCaret.current === null) return
    ref.current?.setSelectionRange(placeCaret.current, placeCaret.current)
    placeCaret.current = null
  })

  const pick = (person: Colleague) => {
    if (!query) return
    const inserted = `@${person.name} `
    const at = query.start + inserted.length
    placeCaret.current = at
    setCaret(at)
    setActive(0)
    // The name written, its '@' asks for nothing more.
    setDismissed(query.start)
    onChange(value.slice(0, query.start) + inserted + value.slice(caret))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current + step + options.length) % options.length)
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      pick(options[current]!)
    } else if (open && event.key === 'Escape') {
      // The list closes; the panel or dialog around stays.
      event.preventDefault()
      event.stopPropagation()
      setDismissed(query?.start ?? null)
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSend()
  }
  const follow = (el: HTMLTextAreaElement) => setCaret(el.selectionStart)
  return (
    <div className={styles.field}>
      <textarea
        ref={ref}
        id={id}
        rows={2}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        onChange={(e) => {
          onChange(e.target.value)
          follow(e.target)
        }}
        onSelect={(e) => follow(e.currentTarget)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t.mentionOptions} className={styles.options} hidden={!open}>
        {options.map((person, index) => (
          <li
            key={person.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={styles.option}
            onMouseDown={(e) => {
              // Keeps the focus (and the caret) in the text box.
              e.preventDefault()
              pick(person)
            }}
          >
            {person.name}
          </li>
        ))}
      </ul>
    </div>
  )
}
