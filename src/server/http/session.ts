/**
 * The session hook: every request under /api gets `request.account` from its session cookie (null
 * without one), and is refused with 401 unless signed in or its route says `config: { signedOut: true }`.
 */
import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Account } from '../../report/team/account'
import { resumeSession, SESSION_COOKIE, SESSION_SECONDS } from '../auth/sessions'
import type { Db } from '../db/database'
import { apiErrors } from './apiError'

declare module 'fastify' {
  interface FastifyRequest {
    account: Account | null
  }
  interface FastifyContextConfig {
    /** The route answers without a session (health, session status, sign-in, setup). */
    signedOut?: boolean
  }
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
    maxAge: SESSION_SECONDS,
  })
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE] || undefined
}

export async function installSessionHook(app: FastifyInstance, db: Db): Promise<void> {
  await app.register(cookie)
  app.decorateRequest('account', null)
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return
    const token = sessionToken(request)
    const session = token ? await resumeSession(db, token) : null
    request.account = session?.account ?? null
    if (session?.renewed && token) setSessionCookie(request, reply, token)
    if (!request.account && !request.routeOptions.config.signedOut) throw apiErrors.signInRequired()
  })
}
