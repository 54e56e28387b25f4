import { cellEdits, type FindingFix } from '../../report/fixes/findingFix'
import { useMessages } from '../i18n/LanguageProvider'
import { useReportSession } from '../session/ReportSession'
import { FixProposal } from './FixProposal'
import { SpellingChoice } from './SpellingChoice'

/**
 * A fix that edits cells, as the findings panel and the cell menu both propose it: the meta's cells
 * before → after (and the spelling to choose when the group has several), applied as one step.
 */
export function EditFixProposal({
  fix,
  no,
  spelling,
  onSpelling,
  onApplied,
  onCancel,
}: {
  fix: Extract<FindingFix, { kind: 'edit' }>
  /** The meta's own number. */
  no: string
  spelling: string | undefined
  onSpelling: (spelling: string | undefined) => void
  /** After the commit, with the number of cells changed. */
  onApplied: (cells: number) => void
  onCancel: () => void
}) {
  const t = useMessages().fixes
  const session = useReportSession()
  return (
    <FixProposal
      label={t.previewLabel(no)}
      help={t.help[fix.rule] ?? ''}
      edits={fix.edits}
      report={session.report}
      onApply={() => {
        session.commit(cellEdits(fix.edits))
        onApplied(fix.edits.length)
      }}
      onCancel={onCancel}
    >
      {fix.spellings && <SpellingChoice spellings={fix.spellings} current={fix.edits[0]!.before} chosen={spelling} onChoose={onSpelling} />}
    </FixProposal>
  )
}
