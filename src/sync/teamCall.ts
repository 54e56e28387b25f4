/**
 * How the team API client makes one request: the JSON or bytes it sends, how it reads the answer,
 * and the error it answers instead of throwing (the server's Spanish and English message, or this
 * client's when the server could not be reached or answered something unexpected).
 */

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
  /** The uid of the pushed record the server refused, when it names one. */
  readonly record?: string
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TeamError }

export interface CallOptions {
  /** Origin of the server; '' (the page's own) in the browser. */
  readonly baseUrl?: string
  readonly fetch?: typeof fetch
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

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

async function errorOf(response: Response): Promise<TeamError> {
  const kind = kindOf(response.status)
  const body: unknown = await response.json().catch(() => null)
  const error = isObject(body) && isObject(body['error']) ? body['error'] : null
  if (error && typeof error['es'] === 'string' && typeof error['en'] === 'string') {
    const code = typeof error['code'] === 'string' ? error['code'] : String(response.status)
    const named = typeof error['record'] === 'string' ? { record: error['record'] } : {}
    return { kind, status: response.status, code, es: error['es'], en: error['en'], ...named }
  }
  return { kind, status: response.status, ...(kind === 'signedOut' ? CLIENT_ERRORS.signedOut : CLIENT_ERRORS.unexpected) }
}

export type Body = { readonly json: unknown } | { readonly bytes: Uint8Array; readonly fileName: string }
export type Read<T> = (response: Response) => Promise<T | null>

export const json =
  <T>(pick: (body: Record<string, unknown>) => unknown): Read<T> =>
  async (response) => {
    const body: unknown = await response.json().catch(() => null)
    const value = isObject(body) ? pick(body) : undefined
    return value === undefined || value === null ? null : (value as T)
  }
export const nothing: Read<void> = async () => undefined
export const bytes: Read<Uint8Array> = async (response) => new Uint8Array(await response.arrayBuffer())
export const whole = <T>(check: (body: Record<string, unknown>) => boolean): Read<T> => json<T>((body) => (check(body) ? body : undefined))

/** One request: answers a value, or the error (a 401 outside sign-in also tells `onSignedOut`). */
export type Call = <T>(method: string, path: string, read: Read<T>, body?: Body, signInRequest?: boolean) => Promise<Result<T>>

export function createCall(options: CallOptions, onSignedOut: () => void): Call {
  const base = options.baseUrl ?? ''
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))

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
      if (error.kind === 'signedOut' && !signInRequest) onSignedOut()
      return { ok: false, error }
    }
    const value = response.status === 204 ? (undefined as T) : await read(response).catch(() => null)
    return value === null ? { ok: false, error: { kind: 'offline', status: response.status, ...CLIENT_ERRORS.unexpected } } : { ok: true, value }
  }

  return call
}
