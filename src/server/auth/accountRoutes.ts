/** Accounts, for planning: the list, a new account, its unit, a password reset. */
import type { FastifyInstance } from 'fastify'
import type { Role } from '../../report/team/account'
import { assertAllowed } from '../access'
import type { Db } from '../db/database'
import { apiErrors } from '../http/apiError'
import { sessionToken } from '../http/session'
import { checkUnitForRole } from '../units/units'
import { createAccount, findAccount, listAccounts, setAccountUnit, setPassword } from './accounts'
import { accountIdParams, accountUnitBody, newAccountBody, passwordBody, type SetupBody } from './accountSchemas'
import { recordAudit } from './audit'
import { endSessionsOf } from './sessions'

export async function accountRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.get('/api/accounts', async (request) => {
    assertAllowed(request.account, 'accounts.manage')
    return { accounts: await listAccounts(db) }
  })

  app.post<{ Body: SetupBody & { role: Role; unit?: string | null } }>('/api/accounts', { schema: { body: newAccountBody } }, async (request, reply) => {
    assertAllowed(request.account, 'accounts.manage')
    checkUnitForRole(request.body.role, request.body.unit)
    const account = await createAccount(db, request.body)
    await recordAudit(db, {
      action: 'account.create',
      success: true,
      actorId: request.account.id,
      email: account.email,
      address: request.ip,
      detail: account.unit ? { role: account.role, unit: account.unit.id } : { role: account.role },
    })
    return reply.code(201).send({ account })
  })

  app.patch<{ Params: { id: string }; Body: { unit: string | null } }>('/api/accounts/:id', { schema: { params: accountIdParams, body: accountUnitBody } }, async (request) => {
    assertAllowed(request.account, 'accounts.manage')
    const before = await findAccount(db, request.params.id)
    if (!before) throw apiErrors.accountNotFound()
    checkUnitForRole(before.role, request.body.unit)
    const account = (await setAccountUnit(db, before.id, request.body.unit))!
    await recordAudit(db, {
      action: 'account.unit',
      success: true,
      actorId: request.account.id,
      email: account.email,
      address: request.ip,
      detail: { unit: account.unit?.id ?? '' },
    })
    return { account }
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
