import { useEffect, useRef, type ReactNode } from 'react'
import type { FixEdit } from '../../report/fixes/findingFix'
import type { Report } from '../../report/types'
import { useMessages } from '../i18n/LanguageProvider'
import { FixPreview } from './FixPreview'
import controls from '../controls.module.css'
import form from './fixForm.module.css'
import styles from './FixProposal.module.css'

/**
 * A fix shown before it is applied: one line on what it does, anything the person may choose,
 * the cells before → after, and Apply (focused, so Enter applies) or Cancel (also Escape).
 */
export function FixProposal({
  label,
  help,
  edits,
  report,
  applyLabel,
  onApply,
  onCancel,
  children,
  after,
}: {
  label: string
  help: string
  edits: readonly FixEdit[]
  report: Report
  applyLabel?: string
  onApply: () => void
  onCancel: () => void
  /** Shown before the cells (what the person may choose, a count). */
  children?: ReactNode
  /** Shown after the cells (how many more the list leaves out). */
  after?: ReactNode
}) {
  const t = useMessages().fixes
  const apply = useRef<HTMLButtonElement>(null)
  useEffect(() => apply.current?.focus(), [])
  return (
    <div
      role="group"
      aria-label={label}
      className={styles.proposal}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.preventDefault()
        e.stopPropagation()
        onCancel()
      }}
    >
      <p className={form.help}>{help}</p>
      {children}
      <FixPreview edits={edits} report={report} />
      {after}
      <div className={form.actions}>
        <button ref={apply} type="button" data-autofocus className={controls.primaryButton} onClick={onApply}>
          {applyLabel ?? t.apply}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  )
}
