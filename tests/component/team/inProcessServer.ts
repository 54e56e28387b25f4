/**
 * The real team server (its routes on an in-memory PGlite) answering the app's fetch in-process, as
 * the browser would reach it: the app's own origin, the session cookie it was given (HttpOnly, so
 * kept here, not in document.cookie), from this machine unless a test says otherwise. Server-sent
 * events do not stream through Fastify's inject: the page's event sources open at once (the
 * replicator pulls then) and hear what a test emits.
 */
import type { FastifyInstance } from 'fastify'
import { configure, screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, vi } from 'vitest'
import { draftsConnection } from '../../../src/drafts/openDrafts'
import type { Role } from '../../../src/report/team/account'
import type { Unit } from '../../../src/report/team/unit'
import { createAccount } from '../../../src/server/auth/accounts'
import { createUnit } from '../../../src/server/units/units'
import { buildServer } from '../../../src/server/buildServer'
import type { ServerDb } from '../../../src/server/db/database'
import { migrate } from '../../../src/server/db/migrate'
import { openPgliteDb } from '../../../src/server/db/pgliteDb'
import { liveRoutes } from '../../../src/server/live/liveRoutes'
import { recordRoutes } from '../../../src/server/records/recordRoutes'
import { reportRoutes } from '../../../src/server/reports/reportRoutes'
import { shareReport } from '../../../src/server/reports/shareReport'
import { SEED_NAME, seedBytes } from '../../fixtures/seedReport'

export const ORIGIN = 'http://127.0.0.1:4173'
export const PASSWORD = 'correcto-caballo-batería'

export interface InProcessServer {
  readonly db: ServerDb
  /** The address the page's requests come from (another machine's: the first account is refused). */
  remoteAddress: string
  /** The page's requests fail as when the server is down or out of reach (nothing reaches it). */
  unreachable: boolean
  /** An account made as the admin command makes it, with PASSWORD (a secretaría's in `unit`, a unit id). */
  addAccount(email: string, name: string, role: Role, unit?: string): Promise<{ id: string }>
  /** A unit, as planning (or the admin command) creates it. */
  addUnit(name: string): Promise<Unit>
  /** Shares a report as a planning account would (null: as the server does at start). */
  share(bytes: Uint8Array, fileName: string, by?: string | null): Promise<string>
  /** Every request the page made, oldest first (method, path and JSON body). */
  readonly requests: { readonly method: string; readonly path: string; readonly body: unknown }[]
  /** Sends an event to every event stream the page has open, as the server's live route does. */
  emit(event: string, data: unknown): void
  /** Ends every session on the server, as expiry does. */
  expireSessions(): Promise<void>
  /** Empties the database and the browser (cookie, IndexedDB, preferences) between tests. */
  reset(): Promise<void>
  close(): Promise<void>
}

function emptyTables(db: ServerDb): Promise<unknown> {
  return db.query(
    "do $$ begin execute (select 'truncate table ' || string_agg(quote_ident(tablename), ', ') || ' restart identity cascade' from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations'); end $$",
  )
}

async function emptyBrowser(): Promise<void> {
  const drafts = await draftsConnection()
  if (drafts.ok) await Promise.all(drafts.db.tables.map((table) => table.clear()))
  localStorage.clear()
  sessionStorage.clear()
}

const openSources = new Set<TestEventSource>()

/** An event source that opens at once and hears what the test emits (the replicator pulls whenever it opens). */
class TestEventSource {
  readyState = 0
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>()
  constructor() {
    openSources.add(this)
    setTimeout(() => this.dispatch('open', ''), 0)
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  dispatch(type: string, data: string) {
    if (this.readyState === 2) return
    this.readyState = 1
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }))
  }
  close() {
    this.readyState = 2
    openSources.delete(this)
  }
}

function bodyOf(body: RequestInit['body']): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return Buffer.from(body)
  throw new Error('the app sent a body this test server does not read')
}

function pageFetch(app: FastifyInstance, server: Pick<InProcessServer, 'remoteAddress' | 'unreachable' | 'requests'>, cookies: Map<string, string>): typeof fetch {
  return async (input, init = {}) => {
    const url = new URL(String(input), ORIGIN)
    if (server.unreachable) throw new TypeError('Failed to fetch')
    if (!url.pathname.startsWith('/api/')) return new Response('', { status: 404 })
    const method = (init.method ?? 'GET').toUpperCase()
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined), host: url.host }
    if (method !== 'GET') headers['origin'] = ORIGIN
    if (cookies.size > 0) headers['cookie'] = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    const payload = bodyOf(init.body)
    server.requests.push({ method, path: url.pathname, body: typeof payload === 'string' ? JSON.parse(payload) : undefined })
    const response = await app.inject({
      method: method as 'GET',
      url: url.pathname + url.search,
      headers,
      remoteAddress: server.remoteAddress,
      ...(payload === undefined ? {} : { payload }),
    })
    for (const cookie of response.cookies) {
      const cleared = cookie.value === '' || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now()) || cookie.maxAge === 0
      if (cleared) cookies.delete(cookie.name)
      else cookies.set(cookie.name, cookie.value)
    }
    const type = response.headers['content-type']
    return new Response(response.statusCode === 204 ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers: type ? { 'content-type': String(type) } : {},
    })
  }
}

/** Starts the server once per test file (PGlite takes seconds to create); `reset()` between tests. */
export async function startInProcessServer(): Promise<InProcessServer> {
  const db = await openPgliteDb(null)
  await migrate(db)
  const app = await buildServer({ db, plugins: [reportRoutes, recordRoutes, liveRoutes] })
  const cookies = new Map<string, string>()
  const server: InProcessServer = {
    db,
    remoteAddress: '127.0.0.1',
    unreachable: false,
    requests: [],
    emit: (event, data) => openSources.forEach((source) => source.dispatch(event, JSON.stringify(data))),
    addAccount: (email, name, role, unit) => createAccount(db, { email, name, role, password: PASSWORD, ...(unit === undefined ? {} : { unit }) }),
    addUnit: (name) => createUnit(db, name),
    async share(bytes, fileName, by = null) {
      // A copy made after the stub below: the fixture's bytes were made with jsdom's Uint8Array.
      const shared = await shareReport(db, new Uint8Array(bytes), fileName, by)
      if ('error' in shared) throw new Error(`the report does not share: ${shared.error.message.en}`)
      return shared.report.id
    },
    expireSessions: async () => void (await db.query('delete from sessions')),
    async reset() {
      await emptyTables(db)
      cookies.clear()
      server.remoteAddress = '127.0.0.1'
      server.unreachable = false
      server.requests.length = 0
      await emptyBrowser()
    },
    async close() {
      await app.close()
      await db.close()
    },
  }
  // One realm, as in a browser and in Node: jsdom's own Uint8Array is not the one of Buffer, Fastify's
  // body parser and PGlite, so the server's `instanceof Uint8Array` checks would refuse its bytes.
  vi.stubGlobal('Uint8Array', Object.getPrototypeOf(Buffer.prototype).constructor)
  vi.stubGlobal('fetch', pageFetch(app, server, cookies))
  vi.stubGlobal('EventSource', TestEventSource)
  return server
}

/** The embedded report, shared as the server shares it at start. */
export const shareSeed = (server: InProcessServer) => server.share(seedBytes(), SEED_NAME)

/**
 * The file's server, started before its first test (PGlite compiles its WebAssembly and creates its
 * cluster: seconds on a busy machine), emptied with the browser before each test, at '/'.
 */
export function inProcessServerForFile(): () => InProcessServer {
  let server: InProcessServer | null = null
  // Each answer costs real work (scrypt at sign-in, parsing the report): on a busy machine, seconds.
  configure({ asyncUtilTimeout: 10_000 })
  vi.setConfig({ testTimeout: 60_000 })
  beforeAll(async () => {
    server = await startInProcessServer()
  }, 120_000)
  afterAll(() => server?.close())
  beforeEach(async () => {
    await server?.reset()
    window.history.replaceState(null, '', '/')
  })
  return () => {
    if (!server) throw new Error('the server did not start')
    return server
  }
}

/** Fills the sign-in page and presses its button. */
export async function signIn(user: UserEvent, email: string, password = PASSWORD): Promise<void> {
  await user.type(await screen.findByLabelText('Correo electrónico'), email)
  await user.type(screen.getByLabelText('Contraseña'), password)
  await user.click(screen.getByRole('button', { name: 'Iniciar sesión' }))
}
