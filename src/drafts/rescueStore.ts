import type { NewEditRecord } from './records'
import type { ReviewOp } from './reviewOps'

/** Drafts a tab could not write to IndexedDB, kept until a tab that can write takes them in. */
export interface RescuedDrafts {
  readonly edits: readonly NewEditRecord[]
  readonly reviewOps: readonly ReviewOp[]
}

const PREFIX = 'poa.drafts.unsaved.'

/**
 * Keeps unsaved drafts in localStorage: when this tab must stop writing (a newer version upgraded
 * the database) or IndexedDB refuses a write, a reload must still find them.
 */
export const rescueStore = {
  load(workspace: string): RescuedDrafts | null {
    try {
      const text = globalThis.localStorage?.getItem(PREFIX + workspace)
      return text ? (JSON.parse(text) as RescuedDrafts) : null
    } catch {
      return null
    }
  },
  save(workspace: string, drafts: RescuedDrafts): boolean {
    try {
      if (drafts.edits.length === 0 && drafts.reviewOps.length === 0) globalThis.localStorage?.removeItem(PREFIX + workspace)
      else globalThis.localStorage?.setItem(PREFIX + workspace, JSON.stringify(drafts))
      return true
    } catch {
      // localStorage full or disabled too: the banner's download is then the only copy.
      return false
    }
  },
  clear(workspace: string): void {
    try {
      globalThis.localStorage?.removeItem(PREFIX + workspace)
    } catch {
      // Nothing to clear when storage is disabled.
    }
  },
}
