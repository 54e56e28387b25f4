/**
 * The team server's API (see the team contract), typed: every call answers a value, never throws.
 * Errors carry the server's Spanish and English message, or this client's when the server could
 * not be reached or answered something unexpected.
 */
import type { SharedReport } from '../report/team/sharedReport'
import type { PushedRecord, TeamRecord } from '../report/team/teamRecord'
import { browserNetwork, type Network } from './network'

export type Role = 'planificacion' | 'secretaria' | 'consulta'

export interface Account {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly role: Role
}

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

/**
 * offline: the server could not be reached (or failed, 5xx): try again later. signedOut: 401, the
 * session expired or ended. throttled: 429. refused: the server refused the request (400, 403,
 * 404, 409, 413) and will again: retrying does not help.
 */
export type TeamErrorKind = 'offline' | 'signedOut' | 'throttled' | 'refused'

export interface TeamError {
  readonly kind: TeamErrorKind
  /** HTTP status, or null when no answer came. */
  readonly status: number | null
  readonly code: string
  readonly es: string
  readonly en: string
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TeamError }

export interface EventHandlers {
  /** The report's version rose (any server instance): pull from the cursor. */
  readonly records?: (version: number) => void
  readonly presence?: (people: readonly Person[]) => void
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

export interface TeamApi extends RecordsApi {
  /** Whether a team server serves this app (a static host has no such route: local mode). */
  isTeamServer(): Promise<boolean>
  serverKind(): Promise<ServerKind>
  session(): Promise<Result<SessionInfo>>
  setup(email: string, name: string, password: string): Promise<Result<Account>>
  signIn(email: string, password: string): Promise<Result<Account>>
  signOut(): Promise<Result<void>>
  listAccounts(): Promise<Result<readonly Account[]>>
  createAccount(account: Omit<Account, 'id'> & { readonly password: string }): Promise<Result<Account>>
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

export interface TeamApiOptions {
  /** Origin of the server; '' (the page's own) in the browser. */
  readonly baseUrl?: string
  readonly fetch?: typeof fetch
  readonly openEventSource?: (url: string) => EventSourceLike
  /** Whether the browser has a network at all (the browser's navigator.onLine by default). */
  readonly network?: Network
  /** Sent with every request (a Node client's cookie and origin). */
  readonly headers?: Readonly<Record<string, string>>
}

const CLIENT_ERRORS = {
  offline: { code: 'offline', es: 'No hay conexión con el servidor.', en: 'There is no connection to the server.' },
  unexpected: { code: 'unexpected', es: 'El servidor respondió algo inesperado.', en: 'The server answered something unexpected.' },
  signedOut: { code: 'signedOut', es: 'Su sesión terminó. Inicie sesión de nuevo.', en: 'Your session ended. Sign in again.' },
}

function kindOf(status: number): TeamErrorKind {
  if (status === 401) return 'signedOut'
  if (status === 429) return 'throttled'
  return status >= 500 ? 'offline' : 'refused'
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

async function errorOf(response: Response): Promise<TeamError> {
  const kind = kindOf(response.status)
  const body: unknown = await response.json().catch(() => null)
  const error = isObject(body) && isObject(body['error']) ? body['error'] : null
  if (error && typeof error['es'] === 'string' && typeof error['en'] === 'string') {
    return { kind, status: response.status, code: typeof error['code'] === 'string' ? error['code'] : String(response.status), es: error['es'], en: error['en'] }
  }
  return { kind, status: response.status, ...(kind === 'signedOut' ? CLIENT_ERRORS.signedOut : CLIENT_ERRORS.unexpected) }
}

type Body = { readonly json: unknown } | { readonly bytes: Uint8Array; readonly fileName: string }
type Read<T> = (response: Response) => Promise<T | null>

const json =
  <T>(pick: (body: Record<string, unknown>) => unknown): Read<T> =>
  async (response) => {
    const body: unknown = await response.json().catch(() => null)
    const value = isObject(body) ? pick(body) : undefined
    return value === undefined || value === null ? null : (value as T)
  }
const nothing: Read<void> = async () => undefined
const bytes: Read<Uint8Array> = async (response) => new Uint8Array(await response.arrayBuffer())
const whole = <T>(check: (body: Record<string, unknown>) => boolean): Read<T> => json<T>((body) => (check(body) ? body : undefined))

export function createTeamApi(options: TeamApiOptions = {}): TeamApi {
  const base = options.baseUrl ?? ''
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))
  const signedOutListeners = new Set<() => void>()
  const network = options.network ?? browserNetwork()

  async function call<T>(method: string, path: string, read: Read<T>, body?: Body, signInRequest = false): Promise<Result<T>> {
    const headers: Record<string, string> = { ...options.headers }
    let payload: BodyInit | undefined
    if (body && 'json' in body) {
      headers['content-type'] = 'application/json'
      payload = JSON.stringify(body.json)
    } else if (body) {
      headers['content-type'] = 'application/octet-stream'
      headers['x-file-name'] = encodeURIComponent(body.fileName)
      payload = body.bytes as Uint8Array<ArrayBuffer>
    }
    let response: Response
    try {
      response = await fetchImpl(base + path, { method, headers, body: payload, credentials: 'same-origin' })
    } catch {
      return { ok: false, error: { kind: 'offline', status: null, ...CLIENT_ERRORS.offline } }
    }
    if (!response.ok) {
      const error = await errorOf(response)
      if (error.kind === 'signedOut' && !signInRequest) for (const listener of signedOutListeners) listener()
      return { ok: false, error }
    }
    const value = response.status === 204 ? (undefined as T) : await read(response).catch(() => null)
    return value === null ? { ok: false, error: { kind: 'offline', status: response.status, ...CLIENT_ERRORS.unexpected } } : { ok: true, value }
  }

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
