import { classifyStorageError, DraftsDb, DRAFTS_DB_NAME, type StorageProblem } from './draftsDb'

export type DraftsOpening = { readonly ok: true; readonly db: DraftsDb } | { readonly ok: false; readonly problem: StorageProblem }

/**
 * Opens the drafts database. `onOutdated` runs when a newer version of the app upgrades it while
 * this tab has it open: the tab must stop writing (the connection is closed for good).
 */
export async function openDrafts(onOutdated: () => void, name = DRAFTS_DB_NAME): Promise<DraftsOpening> {
  if (typeof indexedDB === 'undefined') return { ok: false, problem: 'unavailable' }
  const db = new DraftsDb(name)
  db.on('versionchange', (event) => {
    // Dexie's own handler closes the connection but reopens it on the next write (Dexie 4 even opens
    // a newer database with this older schema); this one stays closed, and `false` skips Dexie's.
    db.close({ disableAutoOpen: true })
    if (event.newVersion !== null && event.newVersion > 0) onOutdated()
    return false
  })
  try {
    await db.open()
    return { ok: true, db }
  } catch (error) {
    const problem = classifyStorageError(error)
    return { ok: false, problem: problem === 'failed' ? 'unavailable' : problem }
  }
}

let pageOpening: Promise<DraftsOpening> | null = null
const outdatedListeners = new Set<() => void>()

/**
 * The page's one connection to the drafts database, opened on first use: workspaces, the log,
 * reviews and saved views all go through it.
 */
export function draftsConnection(): Promise<DraftsOpening> {
  pageOpening ??= openDrafts(() => {
    for (const listener of outdatedListeners) listener()
  })
  return pageOpening
}

/** Runs `listener` when a newer app version upgrades the database under this page; returns the unsubscribe. */
export function onDraftsOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener)
  return () => outdatedListeners.delete(listener)
}
