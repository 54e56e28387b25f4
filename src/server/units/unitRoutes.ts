/**
 * The organisation's units (every signed-in account reads them; planning names and renames them) and
 * the people list every signed-in account reads to mention someone: names, roles and units, never an
 * e-mail address.
 */
import type { FastifyInstance } from 'fastify'
import type { TeamMember } from '../../report/team/account'
import { assertAllowed } from '../access'
import { ACCOUNT_COLUMNS, ACCOUNTS, toAccount, type AccountRow } from '../auth/accounts'
import { recordAudit } from '../auth/audit'
import type { Db } from '../db/database'
import { unitErrors } from './unitErrors'
import { createUnit, listUnits, renameUnit } from './units'

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
// The name's own rules (unitName) answer with their messages; this only bounds the work.
const unitBody = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 1000 } } } as const
const unitParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: UUID } } } as const

export async function unitRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.get('/api/units', async (request) => {
    assertAllowed(request.account, 'reports.read')
    return { units: await listUnits(db) }
  })

  app.post<{ Body: { name: string } }>('/api/units', { schema: { body: unitBody } }, async (request, reply) => {
    assertAllowed(request.account, 'units.manage')
    const unit = await createUnit(db, request.body.name)
    await recordAudit(db, { action: 'unit.create', success: true, actorId: request.account.id, email: null, address: request.ip, detail: { unit: unit.id, name: unit.name } })
    return reply.code(201).send({ unit })
  })

  app.patch<{ Params: { id: string }; Body: { name: string } }>('/api/units/:id', { schema: { params: unitParams, body: unitBody } }, async (request) => {
    assertAllowed(request.account, 'units.manage')
    const unit = await renameUnit(db, request.params.id, request.body.name)
    if (!unit) throw unitErrors.notFound()
    await recordAudit(db, { action: 'unit.rename', success: true, actorId: request.account.id, email: null, address: request.ip, detail: { unit: unit.id, name: unit.name } })
    return { unit }
  })

  app.get('/api/people', async (request) => {
    assertAllowed(request.account, 'reports.read')
    const rows = await db.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from ${ACCOUNTS} order by a.name, a.id`)
    const people: TeamMember[] = rows.map(toAccount).map(({ id, name, role, unit }) => ({ id, name, role, unit: unit ?? null }))
    return { people }
  })
}
