/**
 * A team server with the report, record and live routes on a test database, listening on a free
 * loopback port (real HTTP: event streams and large uploads), and signed-in accounts to call it with.
 */
import type { FastifyInstance } from 'fastify'
import type { Role } from '../../src/report/team/account'
import { startSession } from '../../src/server/auth/sessions'
import { createUnit } from '../../src/server/units/units'
import { buildServer } from '../../src/server/buildServer'
import type { Db } from '../../src/server/db/database'
import { liveRoutes } from '../../src/server/live/liveRoutes'
import { recordRoutes } from '../../src/server/records/recordRoutes'
import { reportRoutes } from '../../src/server/reports/reportRoutes'

export interface TeamServer {
  readonly url: string
  readonly app: FastifyInstance
  close(): Promise<void>
}

export async function startTeamServer(db: Db): Promise<TeamServer> {
  const app = await buildServer({ db, plugins: [reportRoutes, recordRoutes, liveRoutes] })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return { url, app, close: () => app.close() }
}

/** The headers of a signed-in browser of the app's own origin, and the account's id. */
export interface SignedIn {
  readonly id: string
  readonly headers: Record<string, string>
}

/** Makes an account (without a usable password: its session is opened directly), of `unit` (its id) if given, and signs it in. */
export async function signedIn(db: Db, server: TeamServer, role: Role, name: string, unit: string | null = null): Promise<SignedIn> {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@quito.gob.ec`
  const [row] = await db.query<{ id: string }>("insert into accounts (email, name, role, password_hash, unit_id) values ($1, $2, $3, 'no-password', $4) returning id::text as id", [
    email,
    name,
    role,
    unit,
  ])
  const token = await startSession(db, row!.id)
  return { id: row!.id, headers: { cookie: `poa_session=${token}`, origin: server.url } }
}

/** A unit made as planning makes it; answers its id. */
export async function addUnit(db: Db, name: string): Promise<string> {
  return (await createUnit(db, name)).id
}
