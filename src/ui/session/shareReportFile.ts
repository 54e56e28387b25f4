import { draftsConnection } from '../../drafts/openDrafts'
import { storeWorkspace, type WorkspaceSummary } from '../../drafts/workspaces'
import { parseReportFile } from '../../report/parseReport'
import type { Report } from '../../report/types'
import type { TeamApi } from '../../sync/teamApi'
import type { WorkspaceCreation } from './WorkspacesContext'

/**
 * Team mode's import: the file's bytes go to the server as they are (planning accounts only; the
 * server parses them again and answers its refusal otherwise), then stay here as the workspace of
 * the same hash, so opening the shared report needs no download.
 */
export async function shareReportFile(api: TeamApi, bytes: Uint8Array, fileName: string, report?: Report): Promise<WorkspaceCreation> {
  const parsed = report ? { ok: true as const, report } : await parseReportFile(bytes, fileName)
  if (!parsed.ok) return parsed
  const shared = await api.shareReport(bytes, fileName)
  if (!shared.ok) return { ok: false, error: { code: 'refused', message: { es: shared.error.es, en: shared.error.en } } }
  const drafts = await draftsConnection()
  const now = Date.now()
  const { id, entity, year, metaCount } = shared.value
  const kept = drafts.ok ? await storeWorkspace(drafts.db, id, bytes, fileName, parsed.report) : null
  const workspace: WorkspaceSummary = kept?.workspace ?? { hash: id, fileName, entity, year, metaCount, createdAt: now, openedAt: now }
  return { ok: true, workspace, report: parsed.report, existed: kept?.existed ?? false }
}
