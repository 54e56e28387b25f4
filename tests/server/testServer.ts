/**
 * A team server on a test database, called in-process (Fastify's inject) the way the browser calls it:
 * from the app's own origin, with the session cookie it was given.
 */
import type { FastifyInstance } from 'fastify'
import { buildServer, type ServerOptions } from '../../src/server/buildServer'
import { createAccount } from '../../src/server/auth/accounts'
import type { Db } from '../../src/server/db/database'
import type { Role } from '../../src/report/team/account'

export const ORIGIN = 'http://127.0.0.1:4173'

export interface CallOptions {
  readonly body?: unknown
  /** The poa_session cookie to send. */
  readonly session?: string
  /** The Origin header; null sends none. */
  readonly origin?: string | null
  readonly headers?: Readonly<Record<string, string>>
  readonly remoteAddress?: string
}

export interface Answer {
  readonly status: number
  readonly json: unknown
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>
  /** The poa_session cookie the answer set: its value ('' when cleared), or undefined when it set none. */
  readonly session: string | undefined
  readonly error: { code: string; es: string; en: string } | undefined
}

export interface TestServer {
  readonly app: FastifyInstance
  call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, options?: CallOptions): Promise<Answer>
  /** Signs in and returns the session cookie. */
  signIn(email: string, password: string): Promise<string>
  close(): Promise<void>
}

export async function startTestServer(db: Db, options: Omit<ServerOptions, 'db'> = {}): Promise<TestServer> {
  const app = await buildServer({ db, ...options })
  const call: TestServer['call'] = async (method, url, { body, session, origin = ORIGIN, headers = {}, remoteAddress } = {}) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        host: new URL(ORIGIN).host,
        ...(origin === null ? {} : { origin }),
        ...(session === undefined ? {} : { cookie: `poa_session=${session}` }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
      ...(remoteAddress === undefined ? {} : { remoteAddress }),
    })
    const text = response.body
    const json: unknown = response.headers['content-type']?.toString().includes('json') && text ? JSON.parse(text) : undefined
    const cookie = response.cookies.find((c) => c.name === 'poa_session')
    const error = (json as { error?: Answer['error'] } | undefined)?.error
    return { status: response.statusCode, json, headers: response.headers, session: cookie?.value, error }
  }
  return {
    app,
    call,
    async signIn(email, password) {
      const answer = await call('POST', '/api/sign-in', { body: { email, password } })
      if (answer.status !== 200 || !answer.session) throw new Error(`sign-in failed: ${answer.status} ${JSON.stringify(answer.json)}`)
      return answer.session
    },
    close: () => app.close(),
  }
}

export const PASSWORD = 'correcto-caballo-batería'

/** An account made directly in the database, as the admin command does. */
export function addAccount(db: Db, email: string, role: Role, name = email.split('@')[0]!): Promise<{ id: string }> {
  return createAccount(db, { email, name, role, password: PASSWORD })
}
