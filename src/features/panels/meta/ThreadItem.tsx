import { useState } from 'react'
import { threadKey, type CommentThread } from '../../../drafts/commentThreads'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import type { Colleague } from '../../../ui/session/PeopleContext'
import { useReportSession, type CommentRecord } from '../../../ui/session/ReportSession'
import { CommentComposer } from './CommentComposer'
import { mentionParts } from './mentions'
import styles from './CommentThreads.module.css'

interface Props {
  readonly meta: number
  readonly thread: CommentThread
  /** Account id → name, to show mentions. */
  readonly names: ReadonlyMap<string, string>
  /** Who a reply may mention. */
  readonly people: readonly Colleague[]
  readonly writable: boolean
}

/** One thread: its comments, a reply and «Resolver»; once resolved it folds away, and can be read again or answered. */
export function ThreadItem({ meta, thread, names, people, writable }: Props) {
  const t = useMessages().turn
  const session = useReportSession()
  const [replying, setReplying] = useState(false)
  const [showing, setShowing] = useState(false)
  const { root, replies, resolution } = thread
  const key = threadKey(thread)
  const count = 1 + replies.length
  const folded = resolution !== null && !showing
  return (
    <li className={resolution ? `${styles.thread} ${styles.resolved}` : styles.thread} aria-label={t.threadLabel(root.author)}>
      {resolution && (
        <p className={styles.resolution}>
          {t.resolvedBy(resolution.author)}{' '}
          <button type="button" className={styles.link} aria-expanded={showing} onClick={() => setShowing((s) => !s)}>
            {showing ? t.hideResolved : t.showResolved(count)}
          </button>
        </p>
      )}
      {!folded && (
        <>
          <CommentView comment={root} names={names} />
          {replies.length > 0 && (
            <ol className={styles.replies}>
              {replies.map((reply) => (
                <li key={reply.uid ?? reply.id}>
                  <CommentView comment={reply} names={names} />
                </li>
              ))}
            </ol>
          )}
          {writable && (
            <div className={styles.actions}>
              <button type="button" aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
                {t.reply}
              </button>
              {resolution === null && (
                <button type="button" onClick={() => session.resolveThread(meta, key)}>
                  {t.resolve}
                </button>
              )}
            </div>
          )}
          {writable && replying && (
            <CommentComposer
              label={t.replyLabel}
              submitLabel={t.sendReply}
              people={people}
              autoFocus
              hint={resolution ? t.replyOpens : undefined}
              onSubmit={(text, mentions) => {
                session.addComment(meta, text, { mentions, thread: key })
                setReplying(false)
              }}
            />
          )}
        </>
      )}
    </li>
  )
}

function CommentView({ comment, names }: { comment: CommentRecord; names: ReadonlyMap<string, string> }) {
  const t = useMessages().panels
  const mentioned = (comment.mentions ?? []).flatMap((id) => names.get(id) ?? [])
  return (
    <article className={styles.comment}>
      <p className={styles.meta}>
        <strong>{comment.author.trim() === '' ? t.anonymous : comment.author}</strong> · <time dateTime={new Date(comment.at).toISOString()}>{t.commentWhen(comment.at)}</time>
      </p>
      <p className={styles.text}>
        {mentionParts(comment.text, mentioned).map((part, i) =>
          part.mention ? (
            <mark key={i} className={styles.mention}>
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </p>
    </article>
  )
}
