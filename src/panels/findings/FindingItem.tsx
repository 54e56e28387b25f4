import { useId, useState, type FormEvent } from 'react'
import { useLanguage } from '../../app/i18n/LanguageProvider'
import { columnDef } from '../../report/columns'
import type { Finding } from '../../report/findings'
import type { FindingAcks } from './findingAcks'
import { useJumpToCell } from './useJumpToCell'

/** One finding: a way to its cell, its message, and acknowledging it with a reason. */
export function FindingItem({ finding, acks }: { finding: Finding; acks: FindingAcks }) {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const jump = useJumpToCell()
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const reasonId = useId()
  const column = finding.column === null ? t.wholeRow : columnDef(finding.column).label[language]
  const acknowledgedReason = acks.reasonOf(finding)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim() === '') {
      setMissing(true)
      return
    }
    acks.acknowledge(finding, reason.trim())
    setAsking(false)
    setReason('')
  }
  return (
    <li className={acknowledgedReason === null ? 'finding' : 'finding finding-acknowledged'}>
      <button type="button" className="finding-jump" onClick={() => jump(finding.meta, finding.column)} aria-label={t.goToFinding(finding.no, column)}>
        <span className="finding-where">
          {t.metaTitle(finding.no)} · {column}
        </span>
        <span className="finding-message">{finding.message[language]}</span>
      </button>
      {acknowledgedReason !== null && (
        <p className="finding-ack-reason">
          {t.acknowledgedBecause(acknowledgedReason)}{' '}
          <button type="button" className="link-button" onClick={() => acks.reopen(finding)}>
            {t.reopen}
          </button>
        </p>
      )}
      {acknowledgedReason === null && !asking && (
        <button type="button" className="finding-ack" aria-label={t.acknowledgeLabel(finding.no)} onClick={() => setAsking(true)}>
          {t.acknowledge}
        </button>
      )}
      {asking && (
        <form className="finding-ack-form" onSubmit={submit}>
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
              if (e.key === 'Escape') setAsking(false)
            }}
          />
          {missing && (
            <p id={`${reasonId}-error`} role="alert" className="field-error">
              {t.acknowledgeReasonRequired}
            </p>
          )}
          <div className="finding-ack-actions">
            <button type="submit">{t.acknowledgeConfirm}</button>
            <button type="button" onClick={() => setAsking(false)}>
              {t.acknowledgeCancel}
            </button>
          </div>
        </form>
      )}
    </li>
  )
}
