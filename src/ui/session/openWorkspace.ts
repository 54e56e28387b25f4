import type { DraftsDb, StorageProblem } from '../../drafts/draftsDb'
import { IndexedDbBackend } from '../../drafts/indexedDbBackend'
import type { ParseError, Report } from '../../report/types'
import { WorkspaceSession } from '../../drafts/workspaceSession'
import { listWorkspaces, readWorkspace, storeWorkspace, workspaceExists } from '../../drafts/workspaces'
import { linkedWorkspace } from '../../report/view/viewUrl'
import { readEmbeddedReport } from './embeddedReport'

const CURRENT_KEY = 'poa.workspace'

/** The workspace this tab had open, so a reload reopens it (each tab may have its own). */
const currentWorkspaceMemory = {
  get(): string | null {
    try {
      return sessionStorage.getItem(CURRENT_KEY)
    } catch {
      return null
    }
  },
  set(hash: string): void {
    try {
      sessionStorage.setItem(CURRENT_KEY, hash)
    } catch {
      // Without sessionStorage a reload opens the most recent workspace instead.
    }
  },
}

export type OpenOutcome =
  | {
      readonly ok: true
      readonly session: WorkspaceSession
      /** The link named a report this browser does not hold: the view is shown on this one instead. */
      readonly unknownLink?: boolean
    }
  | { readonly ok: false; readonly error: ParseError | null }

/** The workspace a tab asks for; `report` is its original already parsed (just imported), so it is not parsed again. */
export interface WantedWorkspace {
  readonly hash: string | null
  readonly report?: Report
  /** The search params of the link the page was opened with: its `ws` names the report to open. */
  readonly link?: URLSearchParams
}

/**
 * Opens the wanted workspace, else the one this tab had, else the most recent; on a fresh browser
 * imports the embedded report first. Without IndexedDB, opens the embedded report in memory.
 */
export async function openWorkspace(db: DraftsDb | null, problem: StorageProblem | null, wanted: WantedWorkspace): Promise<OpenOutcome> {
  if (!db) {
    const { parsed } = await readEmbeddedReport()
    if (!parsed.ok) return { ok: false, error: parsed.error }
    return { ok: true, session: WorkspaceSession.inMemory(parsed.report, problem ?? 'unavailable') }
  }
  if (wanted.hash && wanted.report && (await workspaceExists(db, wanted.hash))) return openSession(db, wanted.hash, wanted.report)
  const known = await listWorkspaces(db)
  const linked = wanted.link
    ? linkedWorkspace(
        wanted.link,
        known.map((w) => w.hash),
      )
    : { kind: 'none' as const }
  const linkedHash = linked.kind === 'found' ? linked.hash : null
  const candidates = [wanted.hash, linkedHash, currentWorkspaceMemory.get(), ...known.map((w) => w.hash)].filter((h): h is string => h !== null)
  for (const hash of new Set(candidates)) {
    const opened = await readWorkspace(db, hash)
    if (opened) return withLinkOutcome(await openSession(db, hash, opened.report), linked.kind === 'unknown')
  }
  const embedded = await openEmbedded(db)
  // A fresh browser: the link may still name the embedded report.
  const unknown = embedded.ok && wanted.link !== undefined && linkedWorkspace(wanted.link, [embedded.session.workspace]).kind === 'unknown'
  return withLinkOutcome(embedded, unknown)
}

function withLinkOutcome(outcome: OpenOutcome, unknownLink: boolean): OpenOutcome {
  return outcome.ok && unknownLink ? { ...outcome, unknownLink } : outcome
}

/**
 * A fresh browser: the embedded report opens as soon as it is read and hashed, and is stored as a
 * workspace after, as the session's first write:
 * the save state says saving until then, and no draft is written before it.
 */
async function openEmbedded(db: DraftsDb): Promise<OpenOutcome> {
  const { bytes, fileName, parsed, hash } = await readEmbeddedReport()
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const store = async () => {
    await storeWorkspace(db, hash, await bytes(), fileName, parsed.report)
  }
  return openSession(db, hash, parsed.report, store)
}

async function openSession(db: DraftsDb, hash: string, original: Report, store?: () => Promise<void>): Promise<OpenOutcome> {
  currentWorkspaceMemory.set(hash)
  const session = await WorkspaceSession.open({ workspace: hash, original, backend: new IndexedDbBackend(db), store })
  return { ok: true, session }
}
