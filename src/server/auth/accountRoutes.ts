/** Accounts, for planning: the list, a new account, a password reset. */
import type { FastifyInstance } from 'fastify'
import type { Role } from '../../report/team/account'
import { assertAllowed } from '../access'
import type { Db } from '../db/database'
import { apiErrors } from '../http/apiError'
import { sessionToken } from '../http/session'
import { createAccount, listAccounts, setPassword } from './accounts'
import { accountIdParams, newAccountBody, passwordBody, type SetupBody } from './accountSchemas'
import { recordAudit } from './audit'
import { endSessionsOf } from './sessions'

export async function accountRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.get('/api/accounts', async (request) => {
    assertAllowed(request.account, 'accounts.manage')
    return { accounts: await listAccounts(db) }
  })

  app.post<{ Body: SetupBody & { role: Role } }>('/api/accounts', { schema: { body: newAccountBody } }, async (request, reply) => {
    assertAllowed(request.account, 'accounts.manage')
    const account = await createAccount(db, request.body)
    await recordAudit(db, {
      action: 'account.create',
      success: true,
      actorId: request.account.id,
      email: account.email,
      address: request.ip,
      detail: { role: account.role },
    })
    return reply.code(201).send({ account })
  })

  app.post<{ Params: { id: string }; Body: { password: string } }>(
    '/api/accounts/:id/password',
    { schema: { params: accountIdParams, body: passwordBody } },
    async (request, reply) => {
      assertAllowed(request.account, 'accounts.manage')
      const account = await setPassword(db, request.params.id, request.body.password)
      if (!account) throw apiErrors.accountNotFound()
      // The old password's sessions end with it (the planner's own current one stays open).
      await endSessionsOf(db, account.id, sessionToken(request))
      await recordAudit(db, { action: 'account.password', success: true, actorId: request.account.id, email: account.email, address: request.ip })
      return reply.code(204).send()
    },
  )
}
