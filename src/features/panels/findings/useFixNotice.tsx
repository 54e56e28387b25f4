import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import type { Report } from '../../../report/types'
import controls from '../../../ui/controls.module.css'
import styles from './FixNotice.module.css'

type Notice = { readonly kind: 'applied'; readonly cells: number; readonly report: Report | null } | { readonly kind: 'undone' }

/**
 * What the last fix did, with its Undo: the fixed finding leaves the list, so focus goes to Undo
 * (Enter takes the whole fix back). Undo is offered only while the fix is still the last change.
 */
export function useFixNotice(): { readonly applied: (cells: number) => void; readonly element: ReactNode } {
  const t = useMessages().fixes
  const session = useReportSession()
  const [notice, setNotice] = useState<Notice | null>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const message = useRef<HTMLParagraphElement>(null)
  // The report the fix made, taken on the render after it: any later change makes Undo another's.
  useEffect(() => {
    if (notice?.kind !== 'applied' || notice.report !== null) return
    setNotice({ ...notice, report: session.report })
    undoButton.current?.focus()
  }, [notice, session.report])
  const undoable = notice?.kind === 'applied' && notice.report === session.report && session.canUndo
  const element = notice && (
    <div className={styles.notice}>
      <p ref={message} role="status" tabIndex={-1} className={styles.message}>
        {notice.kind === 'applied' ? t.applied(notice.cells) : t.undone}
      </p>
      {(undoable || (notice.kind === 'applied' && notice.report === null)) && (
        <button
          ref={undoButton}
          type="button"
          className={controls.linkButton}
          onClick={() => {
            session.undo()
            setNotice({ kind: 'undone' })
            message.current?.focus()
          }}
        >
          {t.undo}
        </button>
      )}
    </div>
  )
  return { applied: (cells) => setNotice({ kind: 'applied', cells, report: null }), element }
}
