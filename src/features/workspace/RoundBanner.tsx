import { useState } from 'react'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { usePublicationRounds } from '../../ui/session/PublicationContext'
import { publishedReason } from '../../ui/session/sessionAccess'
import message from '../../ui/tasks/taskMessage.module.css'
import styles from './DraftsNotices.module.css'

/** Team mode, a published round: the report is read-only for everyone; planning may open the next round. */
export function RoundBanner() {
  const { language, messages } = useLanguage()
  const t = messages.files
  const rounds = usePublicationRounds()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const state = rounds?.state
  if (!rounds || !state?.frozen) return null
  const open = async () => {
    setBusy(true)
    const answer = await rounds.openRound()
    setBusy(false)
    setFailure(answer.ok ? null : answer.error[language])
  }
  return (
    <section className={`${styles.banner} ${styles.othersWaiting}`} aria-label={t.publishedRegion}>
      <p>{publishedReason(state.round)[language]}</p>
      {rounds.canPublish && (
        <button type="button" onClick={() => void open()} disabled={busy}>
          {t.openRoundButton}
        </button>
      )}
      {failure && (
        <p role="alert" className={message.messageError}>
          {failure}
        </p>
      )}
    </section>
  )
}
