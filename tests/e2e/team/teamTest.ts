/**
 * `test` with a `team` fixture: each test gets its own PostgreSQL database, copied from the template
 * of the global setup (migrated, the embedded report shared, the accounts of teamAccounts.ts made
 * by the admin command), servers started on it on demand, and browser contexts signed in as an
 * account. Everything a test starts is stopped after it, and its database dropped.
 */
import { randomUUID } from 'node:crypto'
import { expect, test as base, type APIRequestContext, type BrowserContext } from '@playwright/test'
import { MAX_RECORDS_PER_PUSH, type TeamRecord } from '../../../src/report/team/teamRecord'
import { openDb } from '../../../src/server/db/openDb'
import { TEMPLATE_DATABASE } from './globalSetup'
import { startServerProcess, type ServerProcess } from './serverProcess'
import { PLANNER, type TeamAccount } from './teamAccounts'

export interface Team {
  /** The shared report: the embedded Quito 2020 report the server shared at its first start. */
  readonly reportId: string
  /** A server process on this test's database (a second one is a second instance on the same PostgreSQL). */
  startServer(): Promise<ServerProcess>
  /** A new browser context on the server, signed in as nobody. */
  signedOut(server: ServerProcess): Promise<BrowserContext>
  /** A new browser context holding the account's session, signed in through POST /api/sign-in. */
  signedIn(account: TeamAccount, server: ServerProcess): Promise<BrowserContext>
  /**
   * Planning assigns every meta of the report to the account's unit (the server lets a secretaría
   * change only its unit's metas), through the push route as the app does.
   */
  assignAllTo(account: TeamAccount, server: ServerProcess): Promise<void>
}

function clusterUrl(): string {
  const url = process.env.POA_E2E_POSTGRES_URL
  if (!url) throw new Error('POA_E2E_POSTGRES_URL is not set: run these tests with playwright.team.config.ts')
  return url
}

/** Signs the request context in (its cookie jar keeps the session), as the app's own origin. */
export async function signIn(request: APIRequestContext, server: ServerProcess, account: TeamAccount): Promise<void> {
  const reply = await request.post(`${server.url}/api/sign-in`, { headers: { origin: server.url }, data: { email: account.email, password: account.password } })
  expect(reply.status(), `sign-in of ${account.email}`).toBe(200)
}

/** The report's whole log as the server gives it to a client pulling from the start. */
export async function recordsOf(request: APIRequestContext, server: ServerProcess, reportId: string): Promise<TeamRecord[]> {
  const reply = await request.get(`${server.url}/api/reports/${reportId}/records?after=0`)
  expect(reply.status()).toBe(200)
  const body = (await reply.json()) as { records: TeamRecord[] }
  return body.records
}

export const test = base.extend<{ team: Team }>({
  team: async ({ browser, playwright }, provide) => {
    const { request } = playwright
    const database = `e2e_${randomUUID().replaceAll('-', '')}`
    const cluster = await openDb({ databaseUrl: clusterUrl() })
    await cluster.query(`create database ${database} template ${TEMPLATE_DATABASE}`)
    const databaseUrl = clusterUrl().replace(/\/postgres$/, `/${database}`)
    const db = await openDb({ databaseUrl })
    const [report] = await db.query<{ id: string }>('select id from reports')
    await db.close()
    const servers: ServerProcess[] = []
    const contexts: BrowserContext[] = []
    await provide({
      reportId: report!.id,
      async startServer() {
        const server = await startServerProcess(databaseUrl)
        servers.push(server)
        return server
      },
      async signedOut(server) {
        const context = await browser.newContext({ baseURL: server.url })
        contexts.push(context)
        return context
      },
      async signedIn(account, server) {
        const context = await this.signedOut(server)
        await signIn(context.request, server, account)
        return context
      },
      async assignAllTo(account, server) {
        const planner = await request.newContext()
        try {
          await signIn(planner, server, PLANNER)
          const units = (await (await planner.get(`${server.url}/api/units`)).json()) as { units: { id: string; name: string }[] }
          const unit = units.units.find((u) => u.name === account.unit)
          if (!unit) throw new Error(`no unit named ${account.unit}`)
          const metas = (await (await planner.get(`${server.url}/api/reports`)).json()) as { reports: { id: string; metaCount: number }[] }
          const count = metas.reports.find((r) => r.id === report!.id)!.metaCount
          for (let from = 0; from < count; from += MAX_RECORDS_PER_PUSH) {
            const records = Array.from({ length: Math.min(MAX_RECORDS_PER_PUSH, count - from) }, (_, i) => ({
              uid: randomUUID(),
              kind: 'assign',
              meta: from + i,
              at: Date.now(),
              data: { unit: unit.id },
            }))
            const reply = await planner.post(`${server.url}/api/reports/${report!.id}/records`, { headers: { origin: server.url }, data: { records } })
            expect(reply.status(), 'assigning the metas').toBe(200)
          }
        } finally {
          await planner.dispose()
        }
      },
    })
    for (const context of contexts) await context.close()
    for (const server of servers) await server.close()
    await cluster.query(`drop database ${database} with (force)`)
    await cluster.close()
  },
})

export { expect }
