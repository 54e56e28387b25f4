import { parseErrors } from '../report/parseErrors'
import { parseReportFile, type ParseOptions } from '../report/parseReport'
import type { ColumnMapping, ParseError, ParseResult, Report } from '../report/types'
import type { DraftsDb } from './draftsDb'
import { originalBytes, originalRecord } from './originalBytes'
import type { WorkspaceRecord } from './records'

/** A workspace as the list shows it (its record: the original's bytes are kept apart). */
export type WorkspaceSummary = WorkspaceRecord

export type WorkspaceImport =
  | { readonly ok: true; readonly workspace: WorkspaceSummary; readonly report: Report; readonly existed: boolean }
  | { readonly ok: false; readonly error: ParseError }

/** SHA-256 of the bytes in hex: the same file always names the same workspace. */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Parses the file and keeps it as a workspace. A file that does not parse changes nothing; a file
 * already imported opens its existing workspace with its drafts. `report`, when given, is these
 * bytes already parsed (by the import worker): a large file is then not parsed again on the page.
 * `mapping`: how the bytes' columns are read when their header is not the known one.
 */
export async function importWorkspace(db: DraftsDb, bytes: Uint8Array, fileName: string, report?: Report, mapping?: ColumnMapping): Promise<WorkspaceImport> {
  const parsed = report ? { ok: true as const, report } : await parseReportFile(bytes, fileName, mapping ? { mapping } : {})
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const hash = await contentHash(bytes)
  const existing = await db.workspaces.get(hash)
  // Drafts are cells of the reading they were made on: another reading of the columns would misplace them.
  if (existing && !sameMapping(existing.mapping, parsed.report.source.mapping) && (await hasDrafts(db, hash))) {
    return { ok: false, error: parseErrors.mappingChangedWithDrafts() }
  }
  const stored = await storeWorkspace(db, hash, bytes, fileName, parsed.report)
  return { ok: true, ...stored, report: parsed.report }
}

const sameMapping = (a: ColumnMapping | undefined, b: ColumnMapping | undefined): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Whether the workspace has drafts that a reading of other columns would misplace. */
async function hasDrafts(db: DraftsDb, hash: string): Promise<boolean> {
  return (await db.edits.where('workspace').equals(hash).count()) > 0
}

/**
 * Keeps parsed bytes (`hash` is their contentHash) as a workspace, with the mapping the report was
 * read through. When they already are one, its openedAt changes, and its mapping when the report
 * was read another way and it has no drafts yet (importWorkspace refuses the other case).
 */
export async function storeWorkspace(
  db: DraftsDb,
  hash: string,
  bytes: Uint8Array,
  fileName: string,
  report: Report,
): Promise<{ readonly workspace: WorkspaceSummary; readonly existed: boolean }> {
  const now = Date.now()
  const mapping = report.source.mapping
  const existing = await db.workspaces.get(hash)
  if (existing) {
    if (sameMapping(existing.mapping, mapping) || (await hasDrafts(db, hash))) {
      await db.workspaces.update(hash, { openedAt: now })
      return { workspace: { ...existing, openedAt: now }, existed: true }
    }
    const { mapping: _previous, ...rest } = existing
    const workspace: WorkspaceRecord = { ...rest, ...(mapping ? { mapping } : {}), metaCount: report.metas.length, openedAt: now }
    await db.workspaces.put(workspace)
    return { workspace, existed: true }
  }
  const record: WorkspaceRecord = {
    hash,
    fileName,
    entity: report.entity,
    year: report.year,
    metaCount: report.metas.length,
    createdAt: now,
    openedAt: now,
    ...(mapping ? { mapping } : {}),
  }
  await db.transaction('rw', [db.workspaces, db.originals], async () => {
    await db.originals.put(originalRecord(hash, bytes))
    await db.workspaces.add(record)
  })
  return { workspace: record, existed: false }
}

/** Every workspace, the most recently opened first. */
export async function listWorkspaces(db: DraftsDb): Promise<WorkspaceSummary[]> {
  return db.workspaces.orderBy('openedAt').reverse().toArray()
}

export type OpenedWorkspace = { readonly workspace: WorkspaceSummary; readonly bytes: Uint8Array; readonly report: Report }

/** Reads a report's bytes: the domain's parser, or one that runs it elsewhere (a worker). */
export type ReportParser = (bytes: Uint8Array, fileName: string, options: ParseOptions) => Promise<ParseResult>

/**
 * Reads and parses a workspace's original; null when it no longer exists or no longer parses.
 * Only the small workspace record is rewritten (openedAt); the original is only read.
 */
export async function readWorkspace(db: DraftsDb, hash: string, parse: ReportParser = parseReportFile): Promise<OpenedWorkspace | null> {
  const [record, original] = await Promise.all([db.workspaces.get(hash), db.originals.get(hash)])
  if (!record) return null
  const bytes = original ? await originalBytes(original) : await moveLegacyBytes(db, record)
  if (!bytes) return null
  const parsed = await parse(bytes, record.fileName, record.mapping ? { mapping: record.mapping } : {})
  if (!parsed.ok) return null
  await db.workspaces.update(hash, { openedAt: Date.now() })
  return { workspace: record, bytes, report: parsed.report }
}

/**
 * A tab still running version 3 when version 4 upgraded the database may have imported a report
 * the old way, its bytes inside the workspace record: they are moved to their own store now.
 */
async function moveLegacyBytes(db: DraftsDb, record: WorkspaceRecord & { bytes?: Uint8Array }): Promise<Uint8Array | null> {
  const { bytes, ...small } = record
  if (!bytes) return null
  await db.transaction('rw', [db.workspaces, db.originals], async () => {
    await db.originals.put(originalRecord(record.hash, bytes))
    await db.workspaces.put(small)
  })
  return bytes
}

/** Whether the workspace is (still) stored. */
export async function workspaceExists(db: DraftsDb, hash: string): Promise<boolean> {
  return (await db.workspaces.get(hash)) !== undefined
}

/** Deletes a workspace with its whole log and review state, in one transaction. */
export async function deleteWorkspace(db: DraftsDb, hash: string): Promise<void> {
  const stores = [db.workspaces, db.originals, db.edits, db.reviews, db.comments, db.acknowledgements, db.views, db.reviewLog, db.syncState]
  await db.transaction('rw', stores, async () => {
    await db.edits.where('workspace').equals(hash).delete()
    await db.reviewLog.where('workspace').equals(hash).delete()
    await db.syncState.delete(hash)
    await db.views.where('workspace').equals(hash).delete()
    await db.reviews.where('workspace').equals(hash).delete()
    await db.comments.where('workspace').equals(hash).delete()
    await db.acknowledgements.where('workspace').equals(hash).delete()
    await db.originals.delete(hash)
    await db.workspaces.delete(hash)
  })
}
