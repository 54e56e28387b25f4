import { useId, useMemo, useState } from 'react'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { useView } from '../../../ui/view/useView'
import { useUnitLock } from '../../../ui/session/useMetaLock'
import { cellEdits } from '../../../report/fixes/findingFix'
import { planFixAll } from '../../../report/fixes/fixAll'
import type { Finding } from '../../../report/findings'
import type { FindingGroup } from './groupFindings'
import { FixProposal } from '../../../ui/fixes/FixProposal'
import styles from './FixAllAction.module.css'

/** How many changes the preview of a fix-all lists before saying how many more there are. */
const FIRST_CHANGES = 3

/**
 * "Corregir todos (N)": the fix of every open finding of the group's rule whose meta is in the
 * current view, previewed (the count and the first changes) and applied as one undoable step.
 */
export function FixAllAction({ group, isAcknowledged, onApplied }: { group: FindingGroup; isAcknowledged: (finding: Finding) => boolean; onApplied: (cells: number) => void }) {
  const { messages } = useLanguage()
  const t = messages.fixes
  const ruleName = messages.panels.ruleNames[group.rule]
  const session = useReportSession()
  const { members } = useView()
  const [open, setOpen] = useState(false)
  const id = useId()
  // A secretaría fixes only its unit's metas: the others' are left out, as if outside the view.
  const lockOf = useUnitLock()
  const inView = useMemo(() => new Set(members.filter((m) => lockOf(m.id) === null).map((m) => m.id)), [members, lockOf])
  const plan = useMemo(
    () => planFixAll(session.report, group.findings, group.rule, (f) => !isAcknowledged(f) && inView.has(f.meta)),
    [session.report, group, isAcknowledged, inView],
  )
  const outside = useMemo(() => group.findings.filter((f) => !isAcknowledged(f) && !inView.has(f.meta)).length, [group, isAcknowledged, inView])
  if (!session.access.canEdit || plan.fixed.length === 0) return null
  const rest = plan.edits.length - FIRST_CHANGES
  return (
    <div className={styles.fixAll}>
      <button type="button" aria-expanded={open} aria-controls={open ? id : undefined} aria-label={t.fixAllLabel(ruleName, plan.fixed.length)} onClick={() => setOpen(!open)}>
        {t.fixAll(plan.fixed.length)}
      </button>
      {open && (
        <div id={id}>
          <FixProposal
            label={t.fixAllPreviewLabel(ruleName)}
            help={t.help[group.rule] ?? ''}
            edits={plan.edits.slice(0, FIRST_CHANGES)}
            report={session.report}
            applyLabel={t.applyAll(plan.fixed.length)}
            onApply={() => {
              session.commit(cellEdits(plan.edits))
              setOpen(false)
              onApplied(plan.edits.length)
            }}
            onCancel={() => setOpen(false)}
            after={rest > 0 && <p className={styles.summary}>{t.moreChanges(rest)}</p>}
          >
            <p className={styles.summary}>{t.fixAllSummary(plan.fixed.length, plan.edits.length)}</p>
            {outside > 0 && <p className={styles.summary}>{t.outsideView(outside)}</p>}
          </FixProposal>
        </div>
      )}
    </div>
  )
}
