import { applyEdits } from '../report/applyEdits'
import { parseReportFile } from '../report/parseReport'
import type { CellEdit, Report } from '../report/types'
import type { DraftsDb } from './draftsDb'
import { EditLog } from './editLog'
import { originalBytes } from './originalBytes'
import type { WorkspaceRecord } from './records'

export interface WorkspaceVersions {
  readonly workspace: WorkspaceRecord
  readonly original: Report
  /** The original with every stored edit replayed, as the workspace opens. */
  readonly current: Report
}

/**
 * A workspace's original and its current report, read without opening it: nothing is written (not
 * even openedAt, so reading one for a comparison does not change which report a new tab opens).
 * Null when it no longer exists or no longer parses.
 */
export async function readWorkspaceVersions(db: DraftsDb, hash: string): Promise<WorkspaceVersions | null> {
  const [workspace, stored, records] = await Promise.all([
    db.workspaces.get(hash),
    db.originals.get(hash),
    db.edits.where('[workspace+id]').between([hash, 0], [hash, Infinity], false, true).toArray(),
  ])
  if (!workspace || !stored) return null
  const parsed = await parseReportFile(await originalBytes(stored), workspace.fileName)
  if (!parsed.ok) return null
  const log = new EditLog()
  log.append(records)
  const edits: CellEdit[] = [...log.touchedCells()]
  return { workspace, original: parsed.report, current: applyEdits(parsed.report, edits) }
}
