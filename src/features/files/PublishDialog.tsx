import { useId, useState } from 'react'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'
import { changedMetaCount } from '../../report/publication/changeLog'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import { ProgressReport } from '../../ui/tasks/ProgressReport'
import { publicationFiles, type PublicationFile } from '../../report/publication/publicationFiles'
import { saveFile } from '../../ui/saveFile'
import { usePublication } from './usePublication'
import { useTaskProgress } from '../../ui/tasks/useTaskProgress'
import { OpenFindingsSummary } from './OpenFindingsSummary'
import controls from '../../ui/controls.module.css'
import shared from './fileDialogs.module.css'
import message from '../../ui/tasks/taskMessage.module.css'
import styles from './PublishDialog.module.css'

/**
 * Publication: shows what is still open, asks for confirmation while errors remain, then writes
 * the corrected report in its source format, the change log (CSV, XLSX) and a summary.
 */
export function PublishDialog({ onClose }: { onClose: () => void }) {
  const { language: lang, messages } = useLanguage()
  const t = messages.files
  const session = useReportSession()
  const { report } = session
  const { entries, findings } = usePublication()
  const [confirmed, setConfirmed] = useState(false)
  const [files, setFiles] = useState<readonly PublicationFile[] | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const task = useTaskProgress()
  const listId = useId()
  const errors = findings.counts.error
  const running = task.state.phase === 'running'

  const generate = () =>
    void task.run(
      () => publicationFiles({ report, entries, findings, review: session.reviewProgress, lang, t, now: new Date() }),
      (out) => {
        setFiles(out)
        return null
      },
      t.publishFailed,
    )

  return (
    <ModalDialog title={t.publishTitle} onClose={onClose} busy={running} wide>
      <p>{t.publishIntro}</p>
      <OpenFindingsSummary findings={findings} />
      <p>{t.changesCount(entries.length, changedMetaCount(entries))}</p>
      {errors > 0 && !files && (
        <div role="alert" className={message.messageError}>
          <p>{t.errorsRemain(errors)}</p>
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t.confirmWithErrors}
          </label>
        </div>
      )}
      {files ? (
        <section aria-labelledby={listId}>
          <h3 id={listId}>{t.publishFiles}</h3>
          <ul className={styles.downloadList}>
            {files.map((file) => (
              <li key={file.name}>
                <button
                  type="button"
                  onClick={() => {
                    saveFile(file.bytes, file.name, file.mime)
                    setSaved(file.name)
                  }}
                >
                  {t.download(file.label)}
                </button>{' '}
                <span className={shared.fileName}>{file.name}</span>
              </li>
            ))}
          </ul>
          <p role="status" className={message.messageOk}>
            {saved ? t.downloaded(saved) : ''}
          </p>
        </section>
      ) : (
        <ProgressReport state={task.state} label={t.publishWorking} describe={() => t.publishWorking} />
      )}
      <ModalActions>
        <button type="button" onClick={onClose} disabled={running}>
          {t.close}
        </button>
        {!files && (
          <button type="button" className={controls.primaryButton} onClick={generate} disabled={running || (errors > 0 && !confirmed)}>
            {t.publishStart}
          </button>
        )}
      </ModalActions>
    </ModalDialog>
  )
}
