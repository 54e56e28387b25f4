import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { useUnitLock } from '../../../ui/session/useMetaLock'
import { columnDef } from '../../../report/columns'
import type { Finding } from '../../../report/findings'
import type { FindingAcks } from './findingAcks'
import { FindingFix } from './FindingFix'
import { useJumpToCell } from './useJumpToCell'
import controls from '../../../ui/controls.module.css'
import styles from './FindingItem.module.css'

/** The finding's own action inside its list item: Acknowledge, or Reopen once acknowledged. */
export function findingAction(item: Element): HTMLElement | null {
  return item.querySelector<HTMLElement>(`.${styles.ack}, .${styles.ackReason} button`)
}

/**
 * One finding: a way to its cell, its message, its fix (with `onFixed`, told how many cells a fix
 * changed) and acknowledging it with a reason (neither for a read-only account, which sees the
 * acknowledgements others made). `onAcknowledged` lets a list move focus on when the acknowledged
 * item leaves it.
 */
export function FindingItem({ finding, acks, onAcknowledged, onFixed }: { finding: Finding; acks: FindingAcks; onAcknowledged?: () => void; onFixed?: (cells: number) => void }) {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const jump = useJumpToCell()
  const { canEdit } = useReportSession().access
  // A secretaría sees another unit's findings but may not acknowledge them: the control says why.
  const lock = useUnitLock()(finding.meta)
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const reasonId = useId()
  const column = finding.column === null ? t.wholeRow : columnDef(finding.column).label[language]
  const acknowledgedReason = acks.reasonOf(finding)
  const ackButton = useRef<HTMLButtonElement>(null)
  const reopenButton = useRef<HTMLButtonElement>(null)
  // Acknowledging, cancelling or reopening removes the focused control; focus goes to the action
  // that replaces it once it is on the page, so a keyboard user keeps their place.
  const [focusNext, setFocusNext] = useState<'acknowledge' | 'reopen' | null>(null)
  useEffect(() => {
    const target = focusNext === 'acknowledge' ? ackButton.current : focusNext === 'reopen' ? reopenButton.current : null
    if (target === null) return
    target.focus()
    setFocusNext(null)
  }, [focusNext, asking, acknowledgedReason])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim() === '') {
      setMissing(true)
      return
    }
    acks.acknowledge(finding, reason.trim())
    setAsking(false)
    setReason('')
    setFocusNext('reopen')
    onAcknowledged?.()
  }
  const cancel = () => {
    setAsking(false)
    setFocusNext('acknowledge')
  }
  return (
    <li className={acknowledgedReason === null ? styles.finding : `${styles.finding} ${styles.acknowledged}`}>
      <button type="button" className={styles.jump} onClick={() => jump(finding.meta, finding.column)} aria-label={t.goToFinding(finding.no, column)}>
        <span className={styles.where}>
          {t.metaTitle(finding.no)} · {column}
        </span>
        <span className={styles.message}>{finding.message[language]}</span>
      </button>
      {acknowledgedReason !== null && (
        <p className={styles.ackReason}>
          {t.acknowledgedBecause(acknowledgedReason)}{' '}
          {canEdit && (
            <button
              ref={reopenButton}
              type="button"
              className={controls.linkButton}
              aria-disabled={lock === null ? undefined : true}
              aria-description={lock ?? undefined}
              title={lock ?? undefined}
              onClick={() => {
                if (lock !== null) return
                acks.reopen(finding)
                setFocusNext('acknowledge')
              }}
            >
              {t.reopen}
            </button>
          )}
        </p>
      )}
      {onFixed && lock === null && acknowledgedReason === null && !asking && <FindingFix finding={finding} onApplied={onFixed} />}
      {canEdit && acknowledgedReason === null && !asking && (
        <button
          ref={ackButton}
          type="button"
          className={styles.ack}
          aria-label={t.acknowledgeLabel(finding.no)}
          aria-disabled={lock === null ? undefined : true}
          aria-description={lock ?? undefined}
          title={lock ?? undefined}
          onClick={() => lock === null && setAsking(true)}
        >
          {t.acknowledge}
        </button>
      )}
      {asking && (
        <form className={styles.ackForm} onSubmit={submit}>
          <label htmlFor={reasonId}>{t.acknowledgeReason}</label>
          <input
            id={reasonId}
            value={reason}
            autoFocus
            aria-invalid={missing}
            aria-describedby={missing ? `${reasonId}-error` : undefined}
            onChange={(e) => {
              setReason(e.target.value)
              setMissing(false)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') cancel()
            }}
          />
          {missing && (
            <p id={`${reasonId}-error`} role="alert" className={controls.fieldError}>
              {t.acknowledgeReasonRequired}
            </p>
          )}
          <div className={styles.ackActions}>
            <button type="submit">{t.acknowledgeConfirm}</button>
            <button type="button" onClick={cancel}>
              {t.acknowledgeCancel}
            </button>
          </div>
        </form>
      )}
    </li>
  )
}
