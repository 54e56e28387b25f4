import { useId, useMemo, useState } from 'react'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { fixOf, type FindingFix as Fix } from '../../../report/fixes/findingFix'
import type { Finding } from '../../../report/findings'
import type { ColumnKey } from '../../../report/types'
import { fixLabel } from '../../../ui/fixes/fixLabel'
import { EditFixProposal } from '../../../ui/fixes/EditFixProposal'
import { JustificationComposer } from './JustificationComposer'
import { useJumpToCell } from './useJumpToCell'
import controls from '../../../ui/controls.module.css'
import styles from './FindingFix.module.css'

/**
 * The fix beside a finding: its button, then the proposal (before → after) to apply or cancel; for a
 * missing justification, the result to finish writing; with no fix, the metas to compare with.
 * Nothing is offered to someone who may not edit. `onApplied` gets the number of cells changed.
 */
export function FindingFix({ finding, onApplied }: { finding: Finding; onApplied: (cells: number) => void }) {
  const session = useReportSession()
  const [spelling, setSpelling] = useState<string | undefined>(undefined)
  const fix = useMemo(() => fixOf(finding, session.report, spelling), [finding, session.report, spelling])
  if (fix.kind === 'none') return <NoFix fix={fix} column={finding.column} canEdit={session.access.canEdit} />
  if (!session.access.canEdit) return null
  return <FixControl fix={fix} finding={finding} spelling={spelling} setSpelling={setSpelling} onApplied={onApplied} />
}

function FixControl({
  fix,
  finding,
  spelling,
  setSpelling,
  onApplied,
}: {
  fix: Exclude<Fix, { kind: 'none' }>
  finding: Finding
  spelling: string | undefined
  setSpelling: (spelling: string | undefined) => void
  onApplied: (cells: number) => void
}) {
  const { messages } = useLanguage()
  const t = messages.fixes
  const session = useReportSession()
  const [open, setOpen] = useState(false)
  const id = useId()
  const label = fixLabel(fix, t)
  const close = () => {
    setOpen(false)
    setSpelling(undefined)
  }
  return (
    <>
      <button type="button" className={styles.fix} aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => (open ? close() : setOpen(true))}>
        {label}
      </button>
      {open && (
        <div id={id} className={styles.open}>
          {fix.kind === 'compose' ? (
            <JustificationComposer
              initial={fix.text}
              onSave={(text) => {
                session.commit([{ meta: fix.meta, column: fix.column, after: text }])
                close()
                onApplied(1)
              }}
              onCancel={close}
            />
          ) : (
            <EditFixProposal
              fix={fix}
              no={finding.no}
              spelling={spelling}
              onSpelling={setSpelling}
              onApplied={(cells) => {
                close()
                onApplied(cells)
              }}
              onCancel={close}
            />
          )}
        </div>
      )}
    </>
  )
}

/** No fix: a finding of a shifted row waits for the realignment; a shared code or a repeated number names the metas to compare with. */
function NoFix({ fix, column, canEdit }: { fix: Fix & { kind: 'none' }; column: ColumnKey | null; canEdit: boolean }) {
  const t = useLanguage().messages.fixes
  const { report } = useReportSession()
  const jump = useJumpToCell()
  if (fix.reason === 'shiftedFirst') return canEdit ? <p className={styles.note}>{t.shiftedFirst}</p> : null
  if (fix.related.length === 0) return null
  return (
    <p className={styles.note}>
      {t.relatedMetas[fix.rule]}{' '}
      {fix.related.map((id) => (
        <button key={id} type="button" className={controls.linkButton} onClick={() => jump(id, column)}>
          {t.relatedMeta(report.metas[id]?.cells.no ?? '')}
        </button>
      ))}
    </p>
  )
}
