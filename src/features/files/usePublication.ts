import { useMemo } from 'react'
import { useReportSession } from '../../ui/session/ReportSession'
import { checkReport } from '../../report/findings'
import { buildChangeLog, type ChangeLogEntry } from '../../report/publication/changeLog'
import { openFindings, type OpenFindings } from '../../report/publication/publicationSummary'

export interface PublicationState {
  readonly entries: readonly ChangeLogEntry[]
  readonly findings: OpenFindings
}

/** The change log and the open findings of the session's current report. */
export function usePublication(): PublicationState {
  const session = useReportSession()
  const { original, report, changes, comments, acknowledgement } = session
  const entries = useMemo(() => {
    const byCell = new Map(changes.map((c) => [`${c.meta}:${c.column}`, c]))
    return buildChangeLog(original, report, {
      editedAt: (meta, column) => {
        const at = byCell.get(`${meta}:${column}`)?.at
        return at === undefined ? undefined : new Date(at).toISOString()
      },
      editedBy: (meta, column) => byCell.get(`${meta}:${column}`)?.author?.name,
      comments: (meta) => comments(meta).map((c) => (c.author ? `${c.author}: ${c.text}` : c.text)),
    })
  }, [original, report, changes, comments])
  const findings = useMemo(() => openFindings(checkReport(report), (f) => acknowledgement(f.meta, f.rule, f.column) !== undefined), [report, acknowledgement])
  return { entries, findings }
}
