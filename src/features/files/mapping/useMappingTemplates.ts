import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { listTemplates, putTemplates } from '../../../drafts/mappingTemplates'
import type { MappingTemplate } from '../../../report/mapping/mappingTemplate'
import { useDraftsDb } from '../../../ui/session/DraftsContext'

const NONE: readonly MappingTemplate[] = []

export interface MappingTemplatesState {
  /** As last shown (empty until the store has been read once). */
  readonly templates: readonly MappingTemplate[]
  /** The store read now: what an import must use, even before the list has been shown. */
  readonly read: () => Promise<readonly MappingTemplate[]>
  /** False without IndexedDB: nothing can be kept. */
  readonly available: boolean
  readonly save: (templates: readonly MappingTemplate[]) => Promise<void>
}

/** The column templates kept in this browser: a live query, so a template saved in any tab shows at once. */
export function useMappingTemplates(): MappingTemplatesState {
  const db = useDraftsDb()
  // A connection closed by a newer version's upgrade cannot be read: the list then stays empty.
  const templates = useLiveQuery(() => (db ? listTemplates(db).catch(() => NONE) : NONE), [db], NONE)
  const read = useCallback(async () => (db ? listTemplates(db).catch(() => NONE) : NONE), [db])
  const save = useCallback(
    async (list: readonly MappingTemplate[]) => {
      if (db) await putTemplates(db, list)
    },
    [db],
  )
  return { templates, read, available: db !== null, save }
}
