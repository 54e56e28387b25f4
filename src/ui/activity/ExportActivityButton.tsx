import { useState } from 'react'
import type { ActivityEntry } from '../../drafts/activity'
import { fileDate, fileNamePart } from '../../report/fileNameParts'
import { useLanguage } from '../i18n/LanguageProvider'
import { MIME } from '../../report/mimeTypes'
import { saveFile } from '../saveFile'
import type { ActivitySheet } from './activityWorkbook'

/** «Exportar actividad»: the given entries as an XLSX audit trail, named for what they cover (`scope`). */
export function ExportActivityButton({ entries, scope, sheet }: { entries: readonly ActivityEntry[]; scope: string; sheet: Omit<ActivitySheet, 'language' | 'messages'> }) {
  const { language, messages } = useLanguage()
  const t = messages.activity
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const run = async () => {
    setBusy(true)
    setFailed(false)
    try {
      // exceljs is large: fetched only when the trail is written.
      const { activityWorkbook } = await import('./activityWorkbook')
      const bytes = await activityWorkbook(entries, { ...sheet, language, messages })
      saveFile(bytes, `${[t.fileName, fileNamePart(scope), fileDate(new Date())].filter(Boolean).join('_')}.xlsx`, MIME.xlsx)
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" disabled={busy || entries.length === 0} aria-busy={busy} onClick={() => void run()}>
        {t.exportButton}
      </button>
      {failed && <p role="alert">{t.exportFailed}</p>}
    </>
  )
}
