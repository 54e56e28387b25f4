/**
 * The sync bench's server, in its own process so the 50 clients do not share its event loop:
 * opens the database (DATABASE_URL, else PGlite in POA_DATA_DIR), migrates, shares the seed report,
 * makes the accounts and their sessions, listens on a free port and prints one JSON line to stdout.
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

const clients = Number(process.argv[2] ?? '50')
const databaseUrl = process.env['DATABASE_URL']
const db = await openDb(databaseUrl ? { databaseUrl } : { dataDir: process.env['POA_DATA_DIR'] ?? './data' })
await migrate(db)
const bytes = new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt')))
const shared = await shareReport(db, bytes, 'default-report.txt', null)
if (!('report' in shared)) throw new Error(shared.error.message.en)

const run = Date.now().toString(36)
const sessions: string[] = []
for (let i = 0; i < clients; i++) {
  const [row] = await db.query<{ id: string }>("insert into accounts (email, name, role, password_hash) values ($1, $2, 'secretaria', 'no-password') returning id::text as id", [
    `bench-${run}-${i}@quito.gob.ec`,
    `Banco ${i} Prueba`,
  ])
  sessions.push(await startSession(db, row!.id))
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
