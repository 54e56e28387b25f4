import { useId, useState } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { ModalActions, ModalDialog } from '../../ui/ModalDialog'
import { useWorkspaces, type WorkspaceSummary } from '../../ui/session/WorkspacesContext'
import controls from '../../ui/controls.module.css'
import styles from './WorkspaceSwitcher.module.css'

/** Chooses which stored report this tab shows, and deletes one after confirmation. */
export function WorkspaceSwitcher() {
  const t = useMessages().workspace
  const { workspaces, current, open } = useWorkspaces()
  const [deleting, setDeleting] = useState<WorkspaceSummary | null>(null)
  const open_ = workspaces.find((w) => w.hash === current)
  if (!open_) return null
  return (
    <div className={styles.switcher}>
      {workspaces.length > 1 && (
        <select aria-label={t.workspace} value={open_.hash} onChange={(e) => open(e.target.value)}>
          {workspaces.map((w) => (
            <option key={w.hash} value={w.hash}>
              {t.workspaceOption(w.entity, w.year, w.fileName)}
            </option>
          ))}
        </select>
      )}
      <button type="button" className={controls.iconButton} aria-label={t.deleteWorkspace} title={t.deleteWorkspace} onClick={() => setDeleting(open_)}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M6 1h4l1 1h3v2H2V2h3l1-1Zm-3 4h10l-1 10H4L3 5Zm3 2v6h1V7H6Zm3 0v6h1V7H9Z" />
        </svg>
      </button>
      {deleting && <DeleteWorkspaceDialog workspace={deleting} onClose={() => setDeleting(null)} />}
    </div>
  )
}

function DeleteWorkspaceDialog({ workspace, onClose }: { workspace: WorkspaceSummary; onClose: () => void }) {
  const t = useMessages().workspace
  const { remove } = useWorkspaces()
  const bodyId = useId()
  const name = t.workspaceOption(workspace.entity, workspace.year, workspace.fileName)
  return (
    <ModalDialog title={t.deleteTitle} onClose={onClose} describedBy={bodyId}>
      <p id={bodyId}>{t.deleteBody(name)}</p>
      <ModalActions>
        {/* Cancel comes first and takes the focus: deleting must be a deliberate second step. */}
        <button type="button" data-autofocus onClick={onClose}>
          {t.cancel}
        </button>
        <button
          type="button"
          className={styles.dangerButton}
          onClick={() => {
            onClose()
            void remove(workspace.hash)
          }}
        >
          {t.deleteConfirm}
        </button>
      </ModalActions>
    </ModalDialog>
  )
}
