import type { DraftsDb } from '../../drafts/draftsDb'
import { IndexedDbBackend } from '../../drafts/indexedDbBackend'
import type { Author } from '../../drafts/records'
import type { Bilingual } from '../../drafts/syncState'
import { WorkspaceSession } from '../../drafts/workspaceSession'
import { contentHash, readWorkspace, storeWorkspace } from '../../drafts/workspaces'
import type { Report } from '../../report/types'
import type { TeamApi } from '../../sync/teamApi'
import { teamMessages } from '../i18n/teamMessages'
import { parseOriginal } from './parseOriginal'

export type SharedOpening = { readonly ok: true; readonly session: WorkspaceSession } | { readonly ok: false; readonly error: { readonly message: Bilingual } }

type Original = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: { readonly message: Bilingual } }

const bilingual = (key: 'originMismatch' | 'noStorage'): Bilingual => ({ es: teamMessages.es[key], en: teamMessages.en[key] })
const failure = (message: Bilingual) => ({ ok: false as const, error: { message } })

/** Used when the list does not say (the name only shows in exports; the format is read from the bytes). */
const UNNAMED = 'informe.txt'

/** Team mode keeps every change in IndexedDB before sending it: without it nothing opens. */
export const NO_STORAGE = { message: bilingual('noStorage') }

/**
 * The shared report's original, parsed by the real parser (an XLSX one in a worker). Its id is the
 * SHA-256 of its bytes, so a copy this browser already holds is the same file and opens without the
 * network; otherwise the bytes are downloaded, checked against the id and kept as the workspace of
 * that hash.
 */
async function sharedOriginal(api: TeamApi, db: DraftsDb, id: string): Promise<Original> {
  const held = await readWorkspace(db, id, parseOriginal)
  if (held) return { ok: true, report: held.report }
  const [bytes, list] = await Promise.all([api.original(id), api.listReports()])
  if (!bytes.ok) return failure(bytes.error)
  if ((await contentHash(bytes.value)) !== id) return failure(bilingual('originMismatch'))
  const fileName = (list.ok ? list.value.find((r) => r.id === id)?.fileName : undefined) ?? UNNAMED
  const parsed = await parseOriginal(bytes.value, fileName)
  if (!parsed.ok) return parsed
  await storeWorkspace(db, id, bytes.value, fileName, parsed.report)
  return { ok: true, report: parsed.report }
}

/** Opens a shared report as this browser's workspace of the same hash, its records stamped with the account. */
export async function openSharedReport(api: TeamApi, db: DraftsDb, id: string, account: Author): Promise<SharedOpening> {
  const original = await sharedOriginal(api, db, id)
  if (!original.ok) return original
  const session = await WorkspaceSession.open({ workspace: id, original: original.report, backend: new IndexedDbBackend(db), account })
  return { ok: true, session }
}
