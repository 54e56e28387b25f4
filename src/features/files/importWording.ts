import { useContext } from 'react'
import type { ImportMessages } from '../../ui/i18n/files/importMessages'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { WorkspacesContext } from '../../ui/session/WorkspacesContext'

export type ImportWording = ImportMessages['teamImport']

/** What the import says it does: a local copy opens as a new workspace; in team mode the file is shared with the team. */
export function useImportWording(): ImportWording {
  const t = useMessages().files
  if (useContext(WorkspacesContext)?.sharesWithTeam) return t.teamImport
  return { button: t.importButton, title: t.importTitle, intro: t.importIntro, saving: t.importSaving, failed: t.importFailed, done: t.importDone, dropHere: t.dropHere }
}
