/**
 * The team server's API (see the team contract), typed: every call answers a value, never throws.
 * Errors carry the server's Spanish and English message, or this client's when the server could
 * not be reached or answered something unexpected.
 */
import type { Account } from '../report/team/account'
import type { RoundState } from '../report/team/publication'
import type { SharedReport } from '../report/team/sharedReport'
import type { PushedRecord, TeamRecord } from '../report/team/teamRecord'
import { browserNetwork, type Network } from './network'
import { bytes, createCall, isObject, json, nothing, whole, type CallOptions, type Result } from './teamCall'
import { publicationApi, type PublicationApi } from './publicationApi'
import { unitsApi, type UnitsApi } from './unitsApi'

export type { Account, Role } from '../report/team/account'

export interface SessionInfo {
  readonly account: Account | null
  readonly setupNeeded: boolean
  readonly setupAllowed: boolean
}

export type { SharedReport }

export interface PullPage {
  readonly records: readonly TeamRecord[]
  /** The report's version when the page was read. */
  readonly version: number
}

export interface PushReply {
  readonly version: number
  readonly accepted: readonly { readonly uid: string; readonly version: number }[]
}

export interface Person {
  readonly accountId: string
  readonly name: string
  readonly initials: string
  readonly meta: number | null
}

export type { Result, TeamError, TeamErrorKind } from './teamCall'

export interface EventHandlers {
  /** The report's version rose (any server instance): pull from the cursor. */
  readonly records?: (version: number) => void
  readonly presence?: (people: readonly Person[]) => void
  /** A round was published or a new one opened (by anyone, through any instance). */
  readonly publication?: (state: RoundState) => void
  /** The stream (re)connected: what happened meanwhile is pulled then. */
  readonly open?: () => void
  /** The stream broke: the event source retries by itself unless `closed` (an HTTP error ends it for good). */
  readonly error?: (closed: boolean) => void
}

export interface EventStream {
  close(): void
}

/** What the replicator needs of the server. */
export interface RecordsApi {
  pullRecords(report: string, after: number): Promise<Result<PullPage>>
  pushRecords(report: string, records: readonly PushedRecord[]): Promise<Result<PushReply>>
  openEvents(report: string, handlers: EventHandlers): EventStream
}

/** Who serves the app: a team server, another host (static: local mode), or nobody answered (offline). */
export type ServerKind = 'team' | 'static' | 'unreachable'

export interface TeamApi extends RecordsApi, UnitsApi, PublicationApi {
  /** Whether a team server serves this app (a static host has no such route: local mode). */
  isTeamServer(): Promise<boolean>
  serverKind(): Promise<ServerKind>
  session(): Promise<Result<SessionInfo>>
  setup(email: string, name: string, password: string): Promise<Result<Account>>
  signIn(email: string, password: string): Promise<Result<Account>>
  signOut(): Promise<Result<void>>
  listAccounts(): Promise<Result<readonly Account[]>>
  /** `unit`: the unit's id, required for a secretaría account. */
  createAccount(account: Pick<Account, 'email' | 'name' | 'role'> & { readonly password: string; readonly unit?: string | null }): Promise<Result<Account>>
  resetPassword(accountId: string, password: string): Promise<Result<void>>
  listReports(): Promise<Result<readonly SharedReport[]>>
  shareReport(bytes: Uint8Array, fileName: string): Promise<Result<SharedReport>>
  original(report: string): Promise<Result<Uint8Array>>
  sendPresence(report: string, meta: number | null): Promise<Result<void>>
  /** Runs whenever a request finds the session expired (not a wrong password at sign-in). */
  onSignedOut(listener: () => void): () => void
}

/** The part of EventSource this client uses (the browser's, or the `eventsource` package's in Node). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
  close(): void
  /** 2 (CLOSED) once the source gave up. */
  readonly readyState: number
}

export interface TeamApiOptions extends CallOptions {
  readonly openEventSource?: (url: string) => EventSourceLike
  /** Whether the browser has a network at all (the browser's navigator.onLine by default). */
  readonly network?: Network
}

export function createTeamApi(options: TeamApiOptions = {}): TeamApi {
  const base = options.baseUrl ?? ''
  const signedOutListeners = new Set<() => void>()
  const network = options.network ?? browserNetwork()

  const call = createCall(options, () => {
    for (const listener of signedOutListeners) listener()
  })

  const reportPath = (report: string) => `/api/reports/${encodeURIComponent(report)}`
  const account = json<Account>((b) => b['account'])

  async function serverKind(): Promise<ServerKind> {
    // The browser knows it has no network: asking would only fail (and log an error) offline.
    if (!network.online()) return 'unreachable'
    const health = await call<Record<string, unknown>>(
      'GET',
      '/api/health',
      whole((b) => b['team'] === true && b['app'] === 'poa-review'),
    )
    if (health.ok) return 'team'
    // No answer, or a failing server; a static host answers its own 404 or the app's index.html.
    return health.error.status === null || health.error.status >= 500 ? 'unreachable' : 'static'
  }

  return {
    ...unitsApi(call),
    ...publicationApi(call),
    serverKind,
    isTeamServer: async () => (await serverKind()) === 'team',
    session: () =>
      call(
        'GET',
        '/api/session',
        whole<SessionInfo>((b) => 'account' in b),
      ),
    setup: (email, name, password) => call('POST', '/api/setup', account, { json: { email, name, password } }),
    signIn: (email, password) => call('POST', '/api/sign-in', account, { json: { email, password } }, true),
    signOut: () => call('POST', '/api/sign-out', nothing, { json: {} }),
    listAccounts: () =>
      call(
        'GET',
        '/api/accounts',
        json<readonly Account[]>((b) => (Array.isArray(b['accounts']) ? b['accounts'] : undefined)),
      ),
    createAccount: (fields) => call('POST', '/api/accounts', account, { json: fields }),
    resetPassword: (id, password) => call('POST', `/api/accounts/${encodeURIComponent(id)}/password`, nothing, { json: { password } }),
    listReports: () =>
      call(
        'GET',
        '/api/reports',
        json<readonly SharedReport[]>((b) => (Array.isArray(b['reports']) ? b['reports'] : undefined)),
      ),
    shareReport: (data, fileName) =>
      call(
        'POST',
        '/api/reports',
        json<SharedReport>((b) => b['report']),
        { bytes: data, fileName },
      ),
    original: (report) => call('GET', `${reportPath(report)}/original`, bytes),
    pullRecords: (report, after) =>
      call(
        'GET',
        `${reportPath(report)}/records?after=${after}`,
        whole<PullPage>((b) => Array.isArray(b['records']) && typeof b['version'] === 'number'),
      ),
    pushRecords: (report, records) =>
      call(
        'POST',
        `${reportPath(report)}/records`,
        whole<PushReply>((b) => Array.isArray(b['accepted']) && typeof b['version'] === 'number'),
        { json: { records } },
      ),
    sendPresence: (report, meta) => call('POST', `${reportPath(report)}/presence`, nothing, { json: { meta } }),
    openEvents(report, handlers) {
      const open = options.openEventSource ?? ((url: string) => new EventSource(url))
      const source = open(`${base}${reportPath(report)}/events`)
      const data = (event: MessageEvent<string>): unknown => {
        try {
          return JSON.parse(event.data)
        } catch {
          return null
        }
      }
      source.addEventListener('records', (event) => {
        const body = data(event)
        if (isObject(body) && typeof body['version'] === 'number') handlers.records?.(body['version'])
      })
      source.addEventListener('presence', (event) => {
        const body = data(event)
        if (isObject(body) && Array.isArray(body['people'])) handlers.presence?.(body['people'] as Person[])
      })
      source.addEventListener('publication', (event) => {
        const body = data(event)
        if (isObject(body) && typeof body['round'] === 'number' && typeof body['frozen'] === 'boolean') handlers.publication?.({ round: body['round'], frozen: body['frozen'] })
      })
      source.addEventListener('open', () => handlers.open?.())
      source.addEventListener('error', () => handlers.error?.(source.readyState === 2))
      return { close: () => source.close() }
    },
    onSignedOut(listener) {
      signedOutListeners.add(listener)
      return () => signedOutListeners.delete(listener)
    },
  }
}
