import { useState } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { WorkspaceSwitcher } from './WorkspaceSwitcher'
import { ActivityFeedDialog } from './ActivityFeedDialog'
import { ChangesDialog } from './ChangesDialog'
import { useReportSession } from '../../ui/session/ReportSession'
import { SaveIndicator } from './SaveIndicator'
import { UndoOverDialog } from './UndoOverDialog'
import { UndoRedoButtons } from './UndoRedoButtons'
import styles from './DraftsToolbar.module.css'

/** The header's drafts controls: save state, undo/redo, the changes view, the report's activity and the workspace switcher. */
export function DraftsToolbar() {
  const messages = useMessages()
  const t = messages.workspace
  const { changes } = useReportSession()
  const [showChanges, setShowChanges] = useState(false)
  const [showActivity, setShowActivity] = useState(false)
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={t.toolbar}>
      <SaveIndicator />
      <UndoRedoButtons />
      <button type="button" aria-haspopup="dialog" onClick={() => setShowChanges(true)}>
        {t.changesButton(changes.length)}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setShowActivity(true)}>
        {messages.activity.feedButton}
      </button>
      <WorkspaceSwitcher />
      {showChanges && <ChangesDialog onClose={() => setShowChanges(false)} />}
      {showActivity && <ActivityFeedDialog onClose={() => setShowActivity(false)} />}
      <UndoOverDialog />
    </div>
  )
}
