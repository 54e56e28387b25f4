import { useId } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { CommentThreads } from './CommentThreads'
import { LocalReview } from './LocalReview'
import { ReviewTurn } from './ReviewTurn'
import panelText from '../panelText.module.css'

/**
 * A meta's review: in team mode its turn (only the steps the account's role may take, a reason when
 * returning it) and its comment threads; in local mode the single-person review as it always was.
 * `readOnlyNote`: the id of the note saying why nothing can be changed here, or null; `turnNote`:
 * the same for the meta's turn, which a secretaría takes only on its unit's metas (comments cross units).
 */
export function ReviewSection({ meta, readOnlyNote, turnNote }: { meta: number; readOnlyNote: string | null; turnNote: string | null }) {
  const t = useMessages().panels
  const heading = useId()
  const { account } = useReportSession().access
  return (
    <section aria-labelledby={heading}>
      <h3 id={heading} className={panelText.section}>
        {t.reviewHeading}
      </h3>
      {account ? (
        <>
          <ReviewTurn meta={meta} account={account} readOnlyNote={turnNote} />
          <CommentThreads meta={meta} account={account} readOnlyNote={readOnlyNote} />
        </>
      ) : (
        <LocalReview meta={meta} readOnlyNote={readOnlyNote} />
      )}
    </section>
  )
}
