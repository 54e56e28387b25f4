import { useId, useState } from 'react'
import { changedMetaCount } from '../../report/publication/changeLog'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import type { PublicationRounds } from '../../ui/session/PublicationContext'
import { OpenFindingsSummary } from './OpenFindingsSummary'
import { usePublication } from './usePublication'
import controls from '../../ui/controls.module.css'
import message from '../../ui/tasks/taskMessage.module.css'
import styles from './PublishDialog.module.css'

/**
 * Team mode's publication (planning): what is still open, the reason the server requires while
 * errors remain, then the server freezes the round's version and the report turns read-only.
 */
export function TeamPublishDialog({ rounds, onClose }: { rounds: PublicationRounds; onClose: () => void }) {
  const { language: lang, messages } = useLanguage()
  const t = messages.files
  const { entries, findings } = usePublication()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const ids = { reason: useId(), needed: useId() }
  const errors = findings.counts.error
  const round = rounds.state?.round ?? 1
  const missingReason = errors > 0 && reason.trim() === ''

  const publish = async () => {
    setBusy(true)
    setFailure(null)
    const answer = await rounds.publish(errors > 0 ? reason.trim() : null, lang)
    setBusy(false)
    if (answer.ok) onClose()
    else setFailure(answer.error[lang])
  }

  return (
    <ModalDialog title={t.publishVersionTitle} onClose={onClose} busy={busy} wide>
      <p>{t.publishVersionIntro(round)}</p>
      <OpenFindingsSummary findings={findings} />
      <p>{t.changesCount(entries.length, changedMetaCount(entries))}</p>
      {errors > 0 && (
        <div className={styles.reason}>
          <label htmlFor={ids.reason}>{t.reasonLabel}</label>
          <textarea id={ids.reason} rows={3} required aria-describedby={ids.needed} value={reason} onChange={(e) => setReason(e.target.value)} />
          <p id={ids.needed} className={message.messageError}>
            {t.reasonNeeded(errors)}
          </p>
        </div>
      )}
      {failure && (
        <p role="alert" className={message.messageError}>
          {failure}
        </p>
      )}
      <ModalActions>
        <button type="button" onClick={onClose} disabled={busy}>
          {t.cancel}
        </button>
        <button type="button" className={controls.primaryButton} onClick={() => void publish()} disabled={busy || missingReason}>
          {busy ? t.publishing : t.publishConfirm}
        </button>
      </ModalActions>
    </ModalDialog>
  )
}
