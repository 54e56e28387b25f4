/**
 * The team server: `npm start` (after building the app) or `tsx src/server/main.ts`.
 * HOST (127.0.0.1), PORT (4173), DATABASE_URL (else the embedded database in POA_DATA_DIR, ./data),
 * TRUST_PROXY (behind a load balancer). Stops cleanly on SIGINT/SIGTERM.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { buildServer, type TeamPlugin } from './buildServer'
import { openConfiguredDb } from './db/openConfiguredDb'
import { liveRoutes } from './live/liveRoutes'
import { bothLanguages, OperatorError, operatorMessages } from './operatorMessages'
import { recordRoutes } from './records/recordRoutes'
import { reportRoutes } from './reports/reportRoutes'
import { shareFirstReport } from './reports/shareReport'
import { serverConfig } from './serverConfig'

const DIST_DIR = path.resolve('dist')
const TEAM_PLUGINS: readonly TeamPlugin[] = [reportRoutes, recordRoutes, liveRoutes]
// The Quito 2020 report the app embeds: shared at start when the server has none yet.
const EMBEDDED_REPORT = path.resolve('public/default-report.txt')

async function main(): Promise<void> {
  const config = serverConfig(process.env)
  const db = await openConfiguredDb(config)
  await shareFirstReport(db, new Uint8Array(readFileSync(EMBEDDED_REPORT)), path.basename(EMBEDDED_REPORT))
  const hasApp = existsSync(path.join(DIST_DIR, 'index.html'))
  if (!hasApp) console.warn(bothLanguages(operatorMessages.noApp(DIST_DIR)))
  const app = await buildServer({
    db,
    ...(hasApp ? { distDir: DIST_DIR } : {}),
    plugins: TEAM_PLUGINS,
    trustProxy: config.trustProxy,
    logger: { level: 'warn' },
  })
  const stop = async () => {
    await app.close()
    await db.close()
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
  let url: string
  try {
    url = await app.listen({ host: config.host, port: config.port })
  } catch (e) {
    await db.close()
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new OperatorError(operatorMessages.portInUse(config.host, config.port))
    throw e
  }
  console.log(bothLanguages(operatorMessages.listening(`${url}/`, config)))
}

main().catch((e: unknown) => {
  console.error(e instanceof OperatorError ? bothLanguages(e.text) : bothLanguages(operatorMessages.failed(e instanceof Error ? e.message : String(e))))
  process.exit(1)
})
