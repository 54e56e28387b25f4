/**
 * A throwaway PostgreSQL 15 cluster for the server tests: initdb and pg_ctl as the `postgres` user
 * (PostgreSQL refuses to run as root) in a temporary folder, on a free loopback port; stop() removes it.
 * Never the machine's own PostgreSQL on 5432.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const BIN = '/usr/lib/postgresql/15/bin'

export interface PostgresCluster {
  /** postgres://poa@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  readonly url: string
  /** The URL of a database on this cluster. */
  urlOf(database: string): string
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function asPostgres(args: readonly string[]): Promise<void> {
  const [command, ...rest] = args
  const asRoot = process.getuid?.() === 0
  try {
    await (asRoot ? run('runuser', ['-u', 'postgres', '--', `${BIN}/${command}`, ...rest]) : run(`${BIN}/${command}`, rest))
  } catch (e) {
    const { stderr, stdout } = e as { stderr?: string; stdout?: string }
    throw new Error(`${command} failed: ${stderr || stdout || String(e)}`)
  }
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  if (!existsSync(`${BIN}/initdb`)) {
    throw new Error(`PostgreSQL 15 is not installed (${BIN}/initdb is missing): run "apt-get install -y postgresql" (Debian), as .ci/run does.`)
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'poa-pg-'))
  await chmod(dir, 0o700)
  if (process.getuid?.() === 0) await chown(dir, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), 0)
  const port = await freePort()
  const dataDir = path.join(dir, 'db')
  try {
    await asPostgres(['initdb', '-D', dataDir, '-A', 'trust', '-U', 'poa', '--no-sync'])
    await asPostgres([
      'pg_ctl',
      '-D',
      dataDir,
      '-l',
      path.join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ])
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw e
  }
  const urlOf = (database: string) => `postgres://poa@127.0.0.1:${port}/${database}`
  return {
    url: urlOf('postgres'),
    urlOf,
    async stop() {
      await asPostgres(['pg_ctl', '-D', dataDir, '-m', 'fast', '-w', 'stop']).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}
