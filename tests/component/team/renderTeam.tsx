import { act, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import type { DraftsDb } from '../../../src/drafts/draftsDb'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import type { Author } from '../../../src/drafts/records'
import { storePulled } from '../../../src/drafts/teamLog'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import type { Account, Role } from '../../../src/report/team/account'
import type { TeamRecord, TeamRecordKind } from '../../../src/report/team/teamRecord'
import type { ColumnKey } from '../../../src/report/types'
import type { Language } from '../../../src/ui/i18n/catalog'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { PresenceContext, type Person } from '../../../src/ui/session/PresenceContext'
import { SessionBridge } from '../../../src/ui/session/SessionBridge'
import { accessOf } from '../../../src/ui/session/sessionAccess'
import { ViewProvider } from '../../../src/ui/view/ViewProvider'
import { seedReport } from '../../fixtures/seedReport'
import { seededDrafts } from '../../unit/drafts/draftsFixture'

const seed = seedReport()

/** A team account with this role, as the server's session answer gives it. */
export function account(role: Role, person: Author): Account {
  return { id: person.id, email: `${person.name.split(' ')[0]!.toLowerCase()}@quito.gob.ec`, name: person.name, role }
}

interface TeamPage {
  /** The signed-in account; its role decides what the page offers. */
  readonly account: Account
  readonly language?: Language
  readonly url?: string
  /** The others with the report open. */
  readonly people?: readonly Person[]
  readonly showMeta?: (meta: number | null) => void
}

/**
 * A shared report's page as the team shell provides it: a session opened with the account over
 * the seed in IndexedDB (fake-indexeddb), the account's access, presence, and the view from the URL.
 */
export async function renderTeam(ui: ReactNode, page: TeamPage) {
  localStorage.clear()
  const { db, hash } = await seededDrafts()
  const author: Author = { id: page.account.id, name: page.account.name }
  const session = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(db), sync: false, account: author })
  const presence = { people: page.people ?? [], showMeta: page.showMeta ?? (() => undefined) }
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <SessionBridge session={session} access={accessOf(page.account)}>
            <PresenceContext.Provider value={presence}>
              <ViewProvider>{ui}</ViewProvider>
            </PresenceContext.Provider>
          </SessionBridge>
        ),
      },
    ],
    { initialEntries: [page.url ?? '/'] },
  )
  const rendered = render(
    <LanguageProvider initial={page.language ?? 'es'}>
      <RouterProvider router={router} />
    </LanguageProvider>,
  )
  return { ...rendered, db, hash, session, router }
}

let version = 0

/** A record by `author` as the server sends it: ordered, stamped with its account, made at `at` (epoch ms). */
export function teamRecord(author: Author, kind: TeamRecordKind, meta: number, data: Readonly<Record<string, string>>, at = Date.now()): TeamRecord {
  return { uid: crypto.randomUUID(), kind, meta, at, data, version: ++version, author, serverAt: at }
}

/** An edit of one cell by `author`, as one step. */
export function teamEdit(author: Author, meta: number, column: ColumnKey, before: string, after: string, at?: number): TeamRecord {
  return teamRecord(author, 'edit', meta, { column, before, after, step: crypto.randomUUID(), stepKind: 'edit' }, at)
}

/** Records pulled from the server, stored as the replicator stores them and shown by the session. */
export async function arrive(page: { db: DraftsDb; hash: string; session: WorkspaceSession }, records: readonly TeamRecord[]): Promise<void> {
  const change = await storePulled(page.db, page.hash, records)
  await act(() => page.session.absorbStored(change))
}
