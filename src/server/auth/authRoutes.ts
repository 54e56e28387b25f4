/** Session status, the first account (setup), sign-in and sign-out. */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Db } from '../db/database'
import { apiErrors } from '../http/apiError'
import { clearSessionCookie, sessionToken, setSessionCookie } from '../http/session'
import { countAccounts, createAccount, findAccountWithHash, normalizeEmail } from './accounts'
import { setupBody, signInBody, type SetupBody, type SignInBody } from './accountSchemas'
import { recordAudit } from './audit'
import { verifyAgainstNobody, verifyPassword } from './passwords'
import { endSession, startSession } from './sessions'
import { beginSignInAttempt, finishSignInAttempt } from './signInThrottle'

// pg_advisory_xact_lock's key while the first account is made: two visitors at once make one.
const SETUP_LOCK = 4_173_001

/**
 * The caller is on this machine: a loopback socket, and no proxy header (a proxy on this machine
 * would make every visitor look local).
 */
function fromThisMachine(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? ''
  const loopback = address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
  return loopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined
}

export async function authRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  const signedOut = { signedOut: true }

  app.get('/api/session', { config: signedOut }, async (request) => {
    const setupNeeded = (await countAccounts(db)) === 0
    return { account: request.account, setupNeeded, setupAllowed: setupNeeded && fromThisMachine(request) }
  })

  app.post<{ Body: SetupBody }>('/api/setup', { config: signedOut, schema: { body: setupBody } }, async (request, reply) => {
    if (!fromThisMachine(request)) throw apiErrors.setupNotLocal()
    const account = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [SETUP_LOCK])
      if ((await countAccounts(tx)) > 0) throw apiErrors.setupDone()
      const created = await createAccount(tx, { ...request.body, role: 'planificacion' })
      await recordAudit(tx, { action: 'setup', success: true, actorId: created.id, email: created.email, address: request.ip })
      return created
    })
    setSessionCookie(request, reply, await startSession(db, account.id))
    return { account }
  })

  app.post<{ Body: SignInBody }>('/api/sign-in', { config: signedOut, schema: { body: signInBody } }, async (request, reply) => {
    const email = normalizeEmail(request.body.email)
    const { attemptId, wait } = await beginSignInAttempt(db, email, request.ip)
    if (wait !== null) throw apiErrors.tooManySignIns(wait)
    const found = await findAccountWithHash(db, email)
    const valid = found ? await verifyPassword(request.body.password, found.passwordHash) : await verifyAgainstNobody(request.body.password)
    const account = valid && found ? found.account : null
    await finishSignInAttempt(db, attemptId, account)
    if (!account) throw apiErrors.badCredentials()
    setSessionCookie(request, reply, await startSession(db, account.id))
    return { account }
  })

  app.post('/api/sign-out', async (request, reply) => {
    const token = sessionToken(request)
    if (token) await endSession(db, token)
    await recordAudit(db, { action: 'sign-out', success: true, actorId: request.account?.id ?? null, email: request.account?.email ?? null, address: request.ip })
    clearSessionCookie(reply)
    return reply.code(204).send()
  })
}
