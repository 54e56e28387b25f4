import { useMemo } from 'react'
import { threadsOf, threadKey } from '../../../drafts/commentThreads'
import type { Account } from '../../../report/team/account'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { usePeople } from '../../../ui/session/PeopleContext'
import { useReportSession } from '../../../ui/session/ReportSession'
import { CommentComposer } from './CommentComposer'
import { ThreadItem } from './ThreadItem'
import panelText from '../panelText.module.css'
import styles from './CommentThreads.module.css'

interface Props {
  readonly meta: number
  readonly account: Account
  readonly readOnlyNote: string | null
}

/** Team mode: a meta's comments as threads, with replies, @mentions and resolution. */
export function CommentThreads({ meta, account, readOnlyNote }: Props) {
  const t = useMessages().panels
  const session = useReportSession()
  const people = usePeople()
  const comments = session.comments(meta)
  const threads = useMemo(() => threadsOf(comments), [comments])
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people])
  const others = useMemo(() => people.filter((p) => p.id !== account.id), [people, account.id])
  const writable = readOnlyNote === null
  return (
    <>
      <h4 className={styles.heading}>{t.commentsHeading}</h4>
      {threads.length === 0 ? (
        <p className={panelText.empty}>{t.commentsNone}</p>
      ) : (
        <ol className={styles.threads} aria-label={t.commentsHeading}>
          {threads.map((thread) => (
            <ThreadItem key={threadKey(thread)} meta={meta} thread={thread} names={names} people={others} writable={writable} />
          ))}
        </ol>
      )}
      {writable && <CommentComposer label={t.newComment} submitLabel={t.addComment} people={others} onSubmit={(text, mentions) => session.addComment(meta, text, { mentions })} />}
    </>
  )
}
