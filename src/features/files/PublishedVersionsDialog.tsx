import { useId, useState } from 'react'
import { exportTimeText } from '../../report/exportTime'
import { PUBLICATION_PARTS } from '../../report/team/publication'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import type { PublicationRounds } from '../../ui/session/PublicationContext'
import shared from './fileDialogs.module.css'
import message from '../../ui/tasks/taskMessage.module.css'
import styles from './PublishDialog.module.css'

/** The versions published so far, the latest first: who published each and when, and its parts as frozen. */
export function PublishedVersionsDialog({ rounds, onClose }: { rounds: PublicationRounds; onClose: () => void }) {
  const { language: lang, messages } = useLanguage()
  const t = messages.files
  const listId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const versions = rounds.state?.versions ?? []
  return (
    <ModalDialog title={t.versionsTitle} onClose={onClose} wide>
      {versions.length === 0 ? (
        <p>{t.noVersions}</p>
      ) : (
        <ul id={listId} aria-label={t.versionsTitle} className={styles.downloadList}>
          {versions.map((version) => (
            <li key={version.round}>
              <h3>{t.versionHeading(version.round)}</h3>
              <p className={shared.muted}>{t.publishedByOn(version.publishedBy, exportTimeText(new Date(version.publishedAt), lang))}</p>
              {version.reason && <p>{t.publishedReason(version.reason)}</p>}
              <div className={styles.downloadButtons}>
                {PUBLICATION_PARTS.filter((part) => version.files.some((f) => f.kind === part)).map((part) => (
                  <button key={part} type="button" onClick={() => void rounds.download(version, part).then((answer) => setFailure(answer.ok ? null : answer.error[lang]))}>
                    {t.downloadPart[part](version.round)}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" className={message.messageError}>
          {failure}
        </p>
      )}
      <ModalActions>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </ModalActions>
    </ModalDialog>
  )
}
