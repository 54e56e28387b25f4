/**
 * Saved views of a workspace, kept in the drafts database (store `views`, schema v3). A view is
 * stored as its URL query, the same text a shared link carries.
 */
import type { DraftsDb } from './draftsDb'
import type { SavedViewRecord } from './records'

export type SavedView = SavedViewRecord

export async function listViews(db: DraftsDb, workspace: string): Promise<SavedView[]> {
  const views = await db.views.where('workspace').equals(workspace).toArray()
  return views.sort((a, b) => a.name.localeCompare(b.name, 'es', { sensitivity: 'base', numeric: true }))
}

/** Saves under a name; a view of the same name in the workspace is replaced. */
export async function putView(db: DraftsDb, workspace: string, name: string, query: string, now: number): Promise<void> {
  await db.transaction('rw', db.views, async () => {
    const existing = await db.views.where('[workspace+name]').equals([workspace, name]).first()
    if (existing) await db.views.update(existing.id, { query, savedAt: now })
    else await db.views.add({ workspace, name, query, savedAt: now })
  })
}

export async function removeView(db: DraftsDb, id: number): Promise<void> {
  await db.views.delete(id)
}
