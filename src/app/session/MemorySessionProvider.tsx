import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { applyEdits } from '../../report/applyEdits'
import type { CellEdit, ColumnKey, Report } from '../../report/types'
import { ReportSessionContext, type ReportSession } from './ReportSession'

/** A session that keeps edits in memory only: for tests, and for when IndexedDB is unavailable. */
export function MemorySessionProvider({ original, children }: { original: Report; children: ReactNode }) {
  const [edits, setEdits] = useState<readonly CellEdit[]>([])
  const report = useMemo(() => applyEdits(original, edits), [original, edits])
  const commit = useCallback((next: readonly CellEdit[]) => setEdits((all) => [...all, ...next]), [])
  const isEdited = useCallback(
    (meta: number, column: ColumnKey) => report.metas[meta]?.cells[column] !== original.metas[meta]?.cells[column],
    [report, original],
  )
  const session = useMemo<ReportSession>(() => ({ original, report, isEdited, commit }), [original, report, isEdited, commit])
  return <ReportSessionContext.Provider value={session}>{children}</ReportSessionContext.Provider>
}
