import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { shareReportFile } from './shareReportFile'
import { useTeamApi } from './teamContext'
import { TEAM_KEYS } from './teamQueries'
import type { WorkspacesState } from './WorkspacesContext'

const NONE: WorkspacesState['workspaces'] = []

/**
 * The workspaces as team mode offers them: no private list (the server's shared reports replace
 * the switcher, so nothing local passes for shared), and an import that shares the file and then
 * opens it. `current` is the open shared report (null on the list page).
 */
export function useSharingWorkspaces(current: string | null, openReport: (id: string) => void): WorkspacesState {
  const api = useTeamApi()
  const queries = useQueryClient()
  return useMemo<WorkspacesState>(
    () => ({
      workspaces: NONE,
      current,
      open: openReport,
      remove: async () => undefined,
      sharesWithTeam: true,
      createWorkspaceFromFile: async (bytes, fileName, report) => {
        const shared = await shareReportFile(api, bytes, fileName, report)
        if (shared.ok) {
          void queries.invalidateQueries({ queryKey: TEAM_KEYS.reports })
          openReport(shared.workspace.hash)
        }
        return shared
      },
    }),
    [api, queries, current, openReport],
  )
}
