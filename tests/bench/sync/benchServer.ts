/**
 * The sync bench's server, in its own process so the 50 clients do not share its event loop:
 * opens the database (DATABASE_URL, else PGlite in POA_DATA_DIR), migrates, shares the seed report,
 * makes the units and the accounts (every tenth a planning one, the others secretarías of a unit in
 * turn) and their sessions, has planning assign every meta to a unit (meta m to unit m mod UNITS)
 * through the push path, listens on a free port and prints one JSON line to stdout.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startSession } from '../../../src/server/auth/sessions'
import { buildServer } from '../../../src/server/buildServer'
import { openDb } from '../../../src/server/db/openDb'
import { migrate } from '../../../src/server/db/migrate'
import { liveRoutes } from '../../../src/server/live/liveRoutes'
import { recordRoutes } from '../../../src/server/records/recordRoutes'
import { reportRoutes } from '../../../src/server/reports/reportRoutes'
import { shareReport } from '../../../src/server/reports/shareReport'
import { appendRecords } from '../../../src/server/records/appendQueue'
import { createUnit } from '../../../src/server/units/units'
import { MAX_RECORDS_PER_PUSH, type PushedRecord } from '../../../src/report/team/teamRecord'
import type { Account } from '../../../src/report/team/account'
import type { Unit } from '../../../src/report/team/unit'
import { UNITS, roleOf } from './benchTeam'

const clients = Number(process.argv[2] ?? '50')
const databaseUrl = process.env['DATABASE_URL']
const db = await openDb(databaseUrl ? { databaseUrl } : { dataDir: process.env['POA_DATA_DIR'] ?? './data' })
await migrate(db)
const bytes = new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt')))
const shared = await shareReport(db, bytes, 'default-report.txt', null)
if (!('report' in shared)) throw new Error(shared.error.message.en)

const run = Date.now().toString(36)
const units: Unit[] = []
for (let u = 0; u < UNITS; u++) units.push(await createUnit(db, `Secretaría de prueba ${run}-${u}`))
const sessions: string[] = []
const accounts: Account[] = []
for (let i = 0; i < clients; i++) {
  const { role, unit } = roleOf(i)
  const account = { email: `bench-${run}-${i}@quito.gob.ec`, name: `Banco ${i} Prueba`, role, unit: unit === null ? null : units[unit]! }
  const [row] = await db.query<{ id: string }>("insert into accounts (email, name, role, password_hash, unit_id) values ($1, $2, $3, 'no-password', $4) returning id::text as id", [
    account.email,
    account.name,
    role,
    account.unit?.id ?? null,
  ])
  accounts.push({ id: row!.id, ...account })
  sessions.push(await startSession(db, row!.id))
}

// Planning (the first account) assigns every meta, checked like any push.
const metaCount = shared.report.metaCount
for (let from = 0; from < metaCount; from += MAX_RECORDS_PER_PUSH) {
  const records: PushedRecord[] = Array.from({ length: Math.min(MAX_RECORDS_PER_PUSH, metaCount - from) }, (_, i) => ({
    uid: crypto.randomUUID(),
    kind: 'assign',
    meta: from + i,
    at: Date.now(),
    data: { unit: units[(from + i) % UNITS]!.id },
  }))
  await appendRecords(db, shared.report.id, records, accounts[0]!, (meta) => String(meta + 1))
}

const app = await buildServer({ db, plugins: [reportRoutes, recordRoutes, liveRoutes] })
const url = await app.listen({ host: '127.0.0.1', port: 0 })
console.log(JSON.stringify({ url, report: shared.report.id, version: shared.report.version, sessions, database: db.kind }))

const stop = async () => {
  await app.close()
  await db.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.stdin.on('end', () => void stop())
process.stdin.resume()
