import type { WorkspaceSession } from '../../drafts/workspaceSession'

/** Saves the drafts storage could not keep as a JSON file, so nothing is silently dropped. */
export function downloadUnsavedDrafts(session: WorkspaceSession): void {
  const { edits, reviewOps } = session.unsavedDrafts()
  const payload = { workspace: session.workspace, fileName: session.original.source.fileName ?? null, savedAt: new Date().toISOString(), edits, reviewOps }
  const blob = new Blob([JSON.stringify(payload, null, 2)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = `cambios-sin-guardar-${session.workspace.slice(0, 8)}.json`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
