import { useId, useState, type FormEvent } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { REVIEW_STATUSES, type ReviewStatus } from '../../../report/reviewStatus'
import controls from '../../../ui/controls.module.css'
import panelText from '../panelText.module.css'
import styles from './LocalReview.module.css'

// A chosen status is filled in its meaning's colour: done (green) or needing correction (red).
const OPTION_CLASS: Readonly<Record<ReviewStatus, string>> = {
  unreviewed: styles.option,
  reviewed: `${styles.option} ${styles.done}`,
  needsCorrection: `${styles.option} ${styles.needsCorrection}`,
  approved: `${styles.option} ${styles.done}`,
}

/**
 * Local mode's single-person review: any status, one flat comment list. A read-only session sees
 * both without a way to change them (`readOnlyNote`: the id of the note saying why).
 */
export function LocalReview({ meta, readOnlyNote }: { meta: number; readOnlyNote: string | null }) {
  const messages = useMessages()
  const t = messages.panels
  const session = useReportSession()
  const status = session.reviewStatus(meta)
  const comments = session.comments(meta)
  const [text, setText] = useState('')
  const [empty, setEmpty] = useState(false)
  const [author, setAuthor] = useState(session.author)
  const ids = { status: useId(), comment: useId(), author: useId() }

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (text.trim() === '') {
      setEmpty(true)
      return
    }
    session.addComment(meta, text.trim())
    setText('')
  }
  return (
    <>
      <fieldset className={styles.status}>
        <legend>{t.reviewStatusLegend}</legend>
        {REVIEW_STATUSES.map((s) => (
          <label key={s} className={OPTION_CLASS[s]}>
            <input
              type="radio"
              name={`${ids.status}-status`}
              value={s}
              checked={status === s}
              disabled={readOnlyNote !== null}
              aria-describedby={readOnlyNote ?? undefined}
              onChange={() => session.setReviewStatus(meta, s)}
            />
            {messages.workspace.reviewStatuses[s]}
          </label>
        ))}
      </fieldset>

      <h4 className={styles.commentsHeading}>{t.commentsHeading}</h4>
      {comments.length === 0 ? (
        <p className={panelText.empty}>{t.commentsNone}</p>
      ) : (
        <ol className={styles.commentList} aria-label={t.commentsHeading}>
          {comments.map((c) => (
            <li key={c.id} className={styles.comment}>
              <p className={styles.commentMeta}>
                <strong>{c.author.trim() === '' ? t.anonymous : c.author}</strong> · <time dateTime={new Date(c.at).toISOString()}>{t.commentWhen(c.at)}</time>
              </p>
              <p className={styles.commentText}>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {readOnlyNote === null && (
        <form className={styles.commentForm} onSubmit={submit}>
          {session.author.trim() === '' && (
            <>
              <label htmlFor={ids.author}>{messages.workspace.authorLabel}</label>
              <input id={ids.author} value={author} autoComplete="name" onChange={(e) => setAuthor(e.target.value)} onBlur={() => session.setAuthor(author.trim())} />
            </>
          )}
          <label htmlFor={ids.comment}>{t.newComment}</label>
          <textarea
            id={ids.comment}
            rows={2}
            value={text}
            aria-invalid={empty}
            aria-describedby={empty ? `${ids.comment}-error` : undefined}
            onChange={(e) => {
              setText(e.target.value)
              setEmpty(false)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit()
            }}
          />
          {empty && (
            <p id={`${ids.comment}-error`} role="alert" className={controls.fieldError}>
              {t.commentEmpty}
            </p>
          )}
          <button type="submit">{t.addComment}</button>
        </form>
      )}
    </>
  )
}
