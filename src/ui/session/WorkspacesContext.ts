import { createContext, useContext } from 'react'
import type { WorkspaceImport, WorkspaceSummary } from '../../drafts/workspaces'
import type { ColumnMapping, Report } from '../../report/types'
import type { Bilingual } from '../../drafts/syncState'

export type { WorkspaceImport, WorkspaceSummary }

/**
 * What importing a file gave: the workspace, the parser's error, 'storageNeeded' when this
 * browser cannot keep a second report (IndexedDB unusable) without dropping the open one's drafts,
 * or (team mode, where importing shares the report) the server's refusal in both languages.
 */
export type WorkspaceCreation =
  | WorkspaceImport
  | { readonly ok: false; readonly error: { readonly code: 'storageNeeded' } }
  | { readonly ok: false; readonly error: { readonly code: 'refused'; readonly message: Bilingual } }

/** The reports kept in this browser, and the one this tab has open. */
export interface WorkspacesState {
  readonly workspaces: readonly WorkspaceSummary[]
  /** Hash of the open workspace (null when drafts live in memory only). */
  readonly current: string | null
  readonly open: (hash: string) => void
  /** The page was opened with a link naming a report this browser does not hold (the open one shows its view). */
  readonly unknownLink?: boolean
  readonly dismissUnknownLink?: () => void
  /** Deletes a workspace with all its drafts; the caller asks for confirmation first. */
  readonly remove: (hash: string) => Promise<void>
  /**
   * Imports a file as a workspace and opens it. A file that does not parse returns the parser's
   * error and leaves every workspace untouched; a file already imported reopens its workspace.
   * Pass `report` when the page already holds these bytes parsed: the file is then not parsed again.
   * Either way it is parsed at most once on the page, and the workspace opens with that parse.
   * `mapping`: how the file's columns are read when its header is not the known one (the mapping step).
   */
  readonly createWorkspaceFromFile: (bytes: Uint8Array, fileName: string, report?: Report, mapping?: ColumnMapping) => Promise<WorkspaceCreation>
  /** Team mode: importing a file shares it with the team (uploaded to the server) rather than keeping a private copy. */
  readonly sharesWithTeam?: boolean
}

export const WorkspacesContext = createContext<WorkspacesState | null>(null)

export function useWorkspaces(): WorkspacesState {
  const state = useContext(WorkspacesContext)
  if (!state) throw new Error('useWorkspaces outside WorkspaceSessionProvider')
  return state
}
