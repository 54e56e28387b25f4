import { useId, useState, type FormEvent } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import type { Colleague } from '../../../ui/session/PeopleContext'
import { MentionField } from './MentionField'
import { mentionsIn } from './mentions'
import controls from '../../../ui/controls.module.css'
import styles from './CommentThreads.module.css'

interface Props {
  readonly label: string
  readonly submitLabel: string
  /** Who may be mentioned. */
  readonly people: readonly Colleague[]
  readonly onSubmit: (text: string, mentions: readonly string[]) => void
  readonly autoFocus?: boolean
  readonly hint?: string
}

/** Writes a comment or a reply; the people it names with '@' are its mentions (account ids). */
export function CommentComposer({ label, submitLabel, people, onSubmit, autoFocus, hint }: Props) {
  const t = useMessages()
  const [text, setText] = useState('')
  const [empty, setEmpty] = useState(false)
  const ids = { field: useId(), error: useId(), hint: useId() }
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (text.trim() === '') return setEmpty(true)
    onSubmit(text.trim(), mentionsIn(text, people))
    setText('')
  }
  const described = [empty ? ids.error : '', ids.hint].filter((id) => id !== '').join(' ')
  return (
    <form className={styles.form} onSubmit={submit}>
      <label htmlFor={ids.field}>{label}</label>
      <MentionField
        id={ids.field}
        value={text}
        people={people}
        invalid={empty}
        describedBy={described}
        autoFocus={autoFocus}
        onSend={submit}
        onChange={(next) => {
          setText(next)
          setEmpty(false)
        }}
      />
      <p id={ids.hint} className={styles.hint}>
        {hint ?? t.turn.mentionHint}
      </p>
      {empty && (
        <p id={ids.error} role="alert" className={controls.fieldError}>
          {t.panels.commentEmpty}
        </p>
      )}
      <button type="submit">{submitLabel}</button>
    </form>
  )
}
