import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Account } from '../../../report/team/account'
import { mayChangeMeta, needsReason, nextStatuses } from '../../../report/team/reviewTurn'
import type { ReviewStatus } from '../../../report/reviewStatus'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import controls from '../../../ui/controls.module.css'
import panelText from '../panelText.module.css'
import styles from './ReviewTurn.module.css'

const STATUS_CLASS: Readonly<Record<ReviewStatus, string>> = {
  unreviewed: styles.status,
  reviewed: `${styles.status} ${styles.ready}`,
  needsCorrection: `${styles.status} ${styles.needsCorrection}`,
  approved: `${styles.status} ${styles.done}`,
}

interface Props {
  readonly meta: number
  readonly account: Account
  readonly readOnlyNote: string | null
}

/**
 * Team mode: where the meta's turn stands (status, who set it, and the reason when it was returned)
 * and the steps the account's role may take from there (reviewTurn.ts, which the server applies
 * too). Returning asks what must be corrected; a step the server refused says so here.
 */
export function ReviewTurn({ meta, account, readOnlyNote }: Props) {
  const { language, messages } = useLanguage()
  const t = messages.turn
  const session = useReportSession()
  const status = session.reviewStatus(meta)
  const record = session.reviewRecord(meta)
  // A secretaría takes steps on its own unit's metas only (the server refuses the others).
  const mine = mayChangeMeta(account, session.assignments?.unitOf(meta) ?? null)
  const moves = readOnlyNote === null && mine ? nextStatuses(account.role, status) : []
  const [returning, setReturning] = useState(false)
  // Cancelling the return gives the focus back to the button that opened it.
  const [cancelled, setCancelled] = useState(false)
  const returnButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!cancelled) return
    returnButton.current?.focus()
    setCancelled(false)
  }, [cancelled])
  // While the reason is asked for, its form stands in for the button that opened it.
  const offered = returning ? moves.filter((to) => !needsReason(to)) : moves
  const [reason, setReason] = useState('')
  const [empty, setEmpty] = useState(false)
  const ids = { reason: useId(), error: useId() }
  const refusal = session.save.sync?.status === 'refused' ? session.save.sync.reason : undefined

  const move = (to: ReviewStatus) => {
    if (needsReason(to)) return setReturning(true)
    setReturning(false)
    session.setReviewStatus(meta, to)
  }
  const giveBack = (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim() === '') return setEmpty(true)
    session.setReviewStatus(meta, 'needsCorrection', reason.trim())
    setReturning(false)
    setReason('')
  }
  return (
    <>
      <p className={styles.now}>
        {t.statusNow}: <strong className={STATUS_CLASS[status]}>{t.statuses[status]}</strong>
        {record && record.author.trim() !== '' && <span className={styles.by}> {t.statusBy(record.author, messages.panels.commentWhen(record.at))}</span>}
      </p>
      {status === 'needsCorrection' && record?.reason !== undefined && (
        <p className={styles.reason}>
          <strong>{t.reasonLabel}:</strong> {record.reason}
        </p>
      )}
      {moves.length > 0 ? (
        <div role="group" aria-label={t.turnLegend} className={styles.moves}>
          {offered.map((to) => (
            <button key={to} ref={needsReason(to) ? returnButton : undefined} type="button" onClick={() => move(to)}>
              {t.moves[to]}
            </button>
          ))}
        </div>
      ) : (
        readOnlyNote === null && <p className={panelText.empty}>{t.noMoves}</p>
      )}
      {returning && (
        <form className={styles.returnForm} onSubmit={giveBack}>
          <label htmlFor={ids.reason}>{t.reasonLabel}</label>
          <textarea
            id={ids.reason}
            rows={3}
            value={reason}
            autoFocus
            aria-invalid={empty}
            aria-describedby={empty ? ids.error : undefined}
            onChange={(e) => {
              setReason(e.target.value)
              setEmpty(false)
            }}
          />
          {empty && (
            <p id={ids.error} role="alert" className={controls.fieldError}>
              {t.reasonEmpty}
            </p>
          )}
          <div className={styles.formButtons}>
            <button
              type="button"
              onClick={() => {
                setReturning(false)
                setCancelled(true)
              }}
            >
              {t.returnCancel}
            </button>
            <button type="submit">{t.returnConfirm}</button>
          </div>
        </form>
      )}
      {refusal && (
        <p role="alert" className={controls.fieldError}>
          {t.refused(refusal[language])}
        </p>
      )}
    </>
  )
}
