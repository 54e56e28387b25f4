/**
 * The fixes of the active cell's findings, as items of the cell menu: an edit opens its preview
 * (before → after) in a dialog, applied as one undoable step; a missing justification opens the
 * cell's editor with "Justificación: " after the result and the caret after it.
 */
import { useState, type ReactNode } from 'react'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../ui/session/ReportSession'
import { ModalDialog } from '../../ui/ModalDialog'
import { fixLabel } from '../../ui/fixes/fixLabel'
import { EditFixProposal } from '../../ui/fixes/EditFixProposal'
import { findingsOf, type Finding } from '../../report/findings'
import { fixOf } from '../../report/fixes/findingFix'
import type { ColumnKey } from '../../report/types'
import type { CellMenuItem } from './CellMenu'

interface Options {
  /** The active cell: its meta and its column (null: a computed column, which has no findings of its own). */
  readonly cell: { readonly meta: number; readonly column: ColumnKey | null } | null
  /** Opens the active cell's editor with `initial` as its text. */
  readonly startEdit: (initial: string) => boolean
  readonly announce: (message: string) => void
}

export function useCellFixes({ cell, startEdit, announce }: Options): { readonly items: () => CellMenuItem[]; readonly dialog: ReactNode } {
  const t = useMessages().fixes
  const session = useReportSession()
  const [proposed, setProposed] = useState<{ finding: Finding; no: string } | null>(null)
  const [spelling, setSpelling] = useState<string | undefined>(undefined)
  // Read when the menu opens: the findings of the active cell and of its whole row.
  const items = (): CellMenuItem[] => {
    if (!cell || !session.access.canEdit) return []
    const report = session.report
    const meta = report.metas[cell.meta]
    if (!meta) return []
    return findingsOf(report)
      .filter((f) => f.meta === cell.meta && (f.column === null || f.column === cell.column))
      .flatMap((finding): CellMenuItem[] => {
        const fix = fixOf(finding, report)
        const label = fixLabel(fix, t)
        if (label === null) return []
        if (fix.kind === 'compose') return [{ label: t.menuFix(label), onSelect: () => void startEdit(fix.text) }]
        return fix.kind === 'edit' ? [{ label: t.menuFix(label), onSelect: () => setProposed({ finding, no: meta.cells.no }) }] : []
      })
  }
  const close = () => {
    setProposed(null)
    setSpelling(undefined)
  }
  // Computed on the report as it is now, with the spelling the person picked.
  const fix = proposed && fixOf(proposed.finding, session.report, spelling)
  const dialog = proposed && fix?.kind === 'edit' && (
    <ModalDialog title={t.dialogTitle} onClose={close}>
      <EditFixProposal
        fix={fix}
        no={proposed.no}
        spelling={spelling}
        onSpelling={setSpelling}
        onApplied={(cells) => {
          close()
          announce(t.applied(cells))
        }}
        onCancel={close}
      />
    </ModalDialog>
  )
  return { items, dialog }
}
