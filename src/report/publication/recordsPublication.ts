/**
 * A shared report's publication from its log alone, as the server freezes it: the original with the
 * log's edits applied (each cell's latest edit wins), the change log with who made each change and
 * when, the meta's comments, the findings no acknowledgement accepts and the review progress.
 */
import { applyEdits } from '../applyEdits'
import { checkReport } from '../findings'
import { UNREVIEWED } from '../reviewStatus'
import type { TeamRecord } from '../team/teamRecord'
import type { Bilingual, CellEdit, ColumnKey, Report } from '../types'
import { buildChangeLog } from './changeLog'
import { openFindings, type SummaryInput } from './publicationSummary'
import type { PublicationTexts } from './publicationTexts'

const cellKey = (meta: number, column: string) => `${meta}:${column}`
const findingKey = (meta: number, rule: string, column: string) => `${meta}:${rule}:${column}`

/** The publication's input from the original and its records, in log (version) order. */
export function recordsPublication(original: Report, records: readonly TeamRecord[], lang: keyof Bilingual, t: PublicationTexts, now: Date): SummaryInput {
  const edits: CellEdit[] = []
  const lastEdit = new Map<string, TeamRecord>()
  const comments = new Map<number, string[]>()
  const acknowledged = new Set<string>()
  const statuses = new Map<number, string>()
  for (const r of records) {
    const d = r.data
    if (r.kind === 'edit') {
      const column = d['column'] as ColumnKey
      edits.push({ meta: r.meta, column, after: d['after'] ?? '' })
      lastEdit.set(cellKey(r.meta, column), r)
    } else if (r.kind === 'comment') {
      const thread = comments.get(r.meta) ?? []
      thread.push(`${r.author.name}: ${d['text'] ?? ''}`)
      comments.set(r.meta, thread)
    } else if (r.kind === 'ack') acknowledged.add(findingKey(r.meta, d['rule'] ?? '', d['column'] ?? ''))
    else if (r.kind === 'unack') acknowledged.delete(findingKey(r.meta, d['rule'] ?? '', d['column'] ?? ''))
    else if (r.kind === 'review') statuses.set(r.meta, d['status'] ?? UNREVIEWED)
  }
  const report = applyEdits(original, edits)
  const entries = buildChangeLog(original, report, {
    editedAt: (meta, column) => {
      const edit = lastEdit.get(cellKey(meta, column))
      return edit && new Date(edit.at).toISOString()
    },
    editedBy: (meta, column) => lastEdit.get(cellKey(meta, column))?.author.name,
    comments: (meta) => comments.get(meta) ?? [],
  })
  const findings = openFindings(checkReport(report), (f) => acknowledged.has(findingKey(f.meta, f.rule, f.column ?? '')))
  const total = report.metas.length
  const reviewed = [...statuses].filter(([meta, status]) => meta < total && status !== UNREVIEWED).length
  return { report, entries, findings, review: { reviewed, total }, lang, t, now }
}
