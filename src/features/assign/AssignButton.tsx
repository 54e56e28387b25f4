import { useState } from 'react'
import { allows } from '../../report/team/access'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'
import { useUnitList } from '../../ui/session/UnitsContext'
import controls from '../../ui/controls.module.css'
import { AssignDialog, type AssignmentDone } from './AssignDialog'
import styles from './AssignButton.module.css'

type Notice = { readonly kind: 'assigned'; readonly done: AssignmentDone } | { readonly kind: 'undone' }

/**
 * Planning's «Asignar…» (team mode only): the assignment dialog, then a notice saying what it did,
 * with its undo. Undoing appends assignments back to each meta's previous unit (the log only grows).
 */
export function AssignButton() {
  const t = useMessages().units
  const { assignments, access } = useReportSession()
  const units = useUnitList()
  const [open, setOpen] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  if (!assignments || !allows(access.account, 'metas.assign')) return null
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id
  const undo = (done: AssignmentDone) => {
    assignments.assign(done.before)
    setNotice({ kind: 'undone' })
  }
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.assignButton}
      </button>
      {open && (
        <AssignDialog
          onClose={() => setOpen(false)}
          onAssigned={(done) => {
            setOpen(false)
            setNotice({ kind: 'assigned', done })
          }}
        />
      )}
      {notice && (
        <p role="status" className={styles.notice}>
          <span>
            {notice.kind === 'undone' ? t.assignUndone : notice.done.unit === '' ? t.unassigned(notice.done.count) : t.assigned(notice.done.count, unitName(notice.done.unit))}
          </span>
          {notice.kind === 'assigned' && (
            <button type="button" className={controls.linkButton} onClick={() => undo(notice.done)}>
              {t.undoAssign}
            </button>
          )}
          <button type="button" className={controls.iconButton} aria-label={t.closeNotice} title={t.closeNotice} onClick={() => setNotice(null)}>
            <span aria-hidden="true">×</span>
          </button>
        </p>
      )}
    </>
  )
}
