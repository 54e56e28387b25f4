/**
 * Once per run of playwright.team.config.ts: a throwaway PostgreSQL 15 cluster (as the `postgres`
 * user, in a temporary folder, on a free port) with a template database that the real server has
 * migrated and shared the embedded report on, and whose accounts the real admin command made. Each
 * test copies the template (tests/e2e/team/teamTest.ts). The returned teardown ends any server a
 * test left running and removes the cluster.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDb } from '../../../src/server/db/openDb'
import { startPostgresCluster } from '../../server/postgresCluster'
import { startServerProcess } from './serverProcess'
import { TEAM, type TeamAccount } from './teamAccounts'

export const TEMPLATE_DATABASE = 'poa_e2e_template'

/** `npm run admin -- add-user …` as an operator runs it, the password on standard input. */
function addUserWithAdminCommand(account: TeamAccount, databaseUrl: string): Promise<void> {
  const unit = account.unit === undefined ? [] : ['--unit', account.unit]
  const args = ['run', '--silent', 'admin', '--', 'add-user', '--email', account.email, '--name', account.name, '--role', account.role, ...unit]
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run admin -- add-user ${account.email} exited ${code}: ${output}`))))
    child.stdin.end(`${account.password}\n`)
  })
}

/** Ends the servers whose pid files are still there (a worker that crashed mid-test). */
async function killLeftoverServers(dir: string): Promise<void> {
  for (const file of await readdir(dir)) {
    if (!/^server-\d+\.pid$/.test(file)) continue
    const pid = Number(await readFile(path.join(dir, file), 'utf8'))
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(path.resolve('dist/index.html'))) throw new Error('No built app in ./dist: run "npx vite build" first (tests/run-all.sh does).')
  const dir = await mkdtemp(path.join(tmpdir(), 'poa-team-e2e-'))
  process.env.POA_E2E_STATE_DIR = dir
  const cluster = await startPostgresCluster()
  const removeAll = async () => {
    await killLeftoverServers(dir)
    await cluster.stop()
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const admin = await openDb({ databaseUrl: cluster.url })
    await admin.query(`create database ${TEMPLATE_DATABASE}`)
    await admin.close()
    const templateUrl = cluster.urlOf(TEMPLATE_DATABASE)
    // The real server's first start: it migrates the database and shares the embedded report.
    const firstStart = await startServerProcess(templateUrl)
    await firstStart.close()
    await Promise.all(TEAM.map((account) => addUserWithAdminCommand(account, templateUrl)))
  } catch (e) {
    await removeAll()
    throw e
  }
  process.env.POA_E2E_POSTGRES_URL = cluster.url
  return removeAll
}
