import Dexie, { type EntityTable, type Table } from 'dexie'
import type { MappingTemplate } from '../report/mapping/mappingTemplate'
import { logReviewState, moveOriginalsOut } from './draftsMigrations'
import type { AcknowledgementRecord, CommentRecord, EditRecord, OriginalRecord, ReviewLogRecord, ReviewRecord, SavedViewRecord, SyncStateRecord, WorkspaceRecord } from './records'

export const DRAFTS_DB_NAME = 'poa-drafts'

/** Schema version of the drafts database; a tab still running an older one stops writing when a newer one opens it. */
export const DRAFTS_DB_VERSION = 6

/** The stores of version 1: workspaces and their edit log, without undo/redo kinds, tabs or reviews. */
export const V1_STORES = {
  workspaces: 'hash, openedAt',
  edits: '++id, workspace, [workspace+id]',
}

const V2_STORES = {
  ...V1_STORES,
  reviews: '[workspace+meta], workspace',
  comments: '++id, workspace, [workspace+meta]',
  acknowledgements: '[workspace+meta+rule+column], workspace',
}

/** Version 3 adds the saved views of each workspace (a new store: nothing to migrate). */
export const V3_STORES = {
  ...V2_STORES,
  views: '++id, workspace, &[workspace+name]',
}

/**
 * Version 4 keeps each original's bytes in their own store: up to v3 they sat in the workspace
 * record, so opening a workspace (which rewrites openedAt) rewrote a 100+ MB record.
 */
export const V4_STORES = {
  ...V3_STORES,
  originals: 'hash',
}

/**
 * Version 5 (team mode) logs review changes like edits, in `reviewLog`, and keeps where each
 * workspace's replication stands. Records get uids (unique where present: records written before
 * v5 get theirs when first pushed) so a record pulled twice, or pushed again, is stored once.
 */
export const V5_STORES = {
  ...V4_STORES,
  edits: '++id, workspace, [workspace+id], &uid',
  comments: '++id, workspace, [workspace+meta], &uid',
  reviewLog: '++id, workspace, &uid, [workspace+target], [workspace+unsynced]',
  syncState: 'workspace',
}

/**
 * Version 6 keeps the column templates confirmed on import, by their header's signature (a new
 * store: nothing to migrate). A workspace read through a mapping keeps it in its record.
 */
export const V6_STORES = {
  ...V5_STORES,
  mappingTemplates: 'signature',
}

export class DraftsDb extends Dexie {
  workspaces!: Table<WorkspaceRecord, string>
  originals!: Table<OriginalRecord, string>
  edits!: EntityTable<EditRecord, 'id'>
  reviews!: Table<ReviewRecord, [string, number]>
  comments!: EntityTable<CommentRecord, 'id'>
  acknowledgements!: Table<AcknowledgementRecord, [string, number, string, string]>
  views!: EntityTable<SavedViewRecord, 'id'>
  reviewLog!: EntityTable<ReviewLogRecord, 'id'>
  syncState!: Table<SyncStateRecord, string>
  mappingTemplates!: Table<MappingTemplate, string>

  constructor(name = DRAFTS_DB_NAME) {
    // Strict durability: a commit reported as saved is flushed to disk, so it survives a crash.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(V1_STORES)
    this.version(2)
      .stores(V2_STORES)
      .upgrade((tx) =>
        // Version 1 logged only plain edits and did not know tabs.
        tx
          .table('edits')
          .toCollection()
          .modify((record: Partial<EditRecord>) => {
            if (record.kind === undefined) Object.assign(record, { kind: 'edit' })
            if (record.tab === undefined) Object.assign(record, { tab: '' })
          }),
      )
    this.version(3).stores(V3_STORES)
    this.version(4).stores(V4_STORES).upgrade(moveOriginalsOut)
    this.version(5).stores(V5_STORES).upgrade(logReviewState)
    this.version(6).stores(V6_STORES)
  }
}

/** Why the database cannot be written. */
export type StorageProblem = 'unavailable' | 'quota' | 'outdated' | 'failed'

export function classifyStorageError(error: unknown): StorageProblem {
  const nameOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '')
  // Dexie wraps the browser's error; the cause is in `inner`.
  const inner = typeof error === 'object' && error !== null && 'inner' in error ? nameOf(error.inner) : ''
  const names = [nameOf(error), inner]
  if (names.includes('QuotaExceededError')) return 'quota'
  if (names.includes('VersionError') || names.includes('DatabaseClosedError')) return 'outdated'
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'OpenFailedError')) return 'unavailable'
  return 'failed'
}
