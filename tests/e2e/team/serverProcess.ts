/**
 * The team server as an operator runs it: `tsx src/server/main.ts` on a PostgreSQL database, HOST
 * 127.0.0.1 and a PORT of its own, serving the app built in ./dist. One Node process (tsx as
 * Node's loader), so SIGKILL hits the very process that holds the connections, with no shutdown.
 * Each running server leaves its pid in the run's state folder, so the global teardown ends any
 * server a crashed worker left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import { freePort } from '../../server/postgresCluster'

const READY_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 5_000

export interface ServerProcess {
  /** http://127.0.0.1:PORT, the same across restarts (a browser's origin stays the same). */
  readonly url: string
  readonly running: boolean
  /** SIGTERM: the server closes its streams and connections and exits. */
  stop(): Promise<void>
  /** SIGKILL: the process ends at once, mid-request, without closing anything. */
  kill(): Promise<void>
  /** Starts it again on the same port and database; resolves once it listens. */
  restart(): Promise<void>
  /** Stops it for good and frees its port for another server. */
  close(): Promise<void>
}

/** The folder of this run's pid files and server logs, made by the global setup. */
export function stateDir(): string {
  const dir = process.env.POA_E2E_STATE_DIR
  if (!dir) throw new Error('POA_E2E_STATE_DIR is not set: run these tests with playwright.team.config.ts')
  return dir
}

const taken = new Set<number>()

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

/**
 * A port for a new server: from PW_TEAM_PORTS ("4210-4219") when set, so people sharing a machine
 * keep to their own ranges; else one the system says is free.
 */
async function serverPort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.PW_TEAM_PORTS ?? '')
  if (!range) return freePort()
  for (let port = Number(range[1]); port <= Number(range[2]); port += 1) {
    if (!taken.has(port) && (await portIsFree(port))) return port
  }
  throw new Error(`no free port in PW_TEAM_PORTS=${process.env.PW_TEAM_PORTS}`)
}

function listening(child: ChildProcess, url: string, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`the server did not listen on ${url} within ${READY_TIMEOUT_MS} ms (log: ${logFile})`)), READY_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(`${url}/`)) done()
    }
    const onExit = (code: number | null) => fail(new Error(`the server exited (${code}) before listening on ${url}:\n${output}`))
    function cleanUp() {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.off('exit', onExit)
    }
    function done() {
      cleanUp()
      resolve()
    }
    function fail(error: Error) {
      cleanUp()
      reject(error)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', onExit)
  })
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

export async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const port = await serverPort()
  taken.add(port)
  const url = `http://127.0.0.1:${port}`
  const logFile = path.join(stateDir(), `server-${port}.log`)
  let child: ChildProcess | null = null

  async function start(): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port) }
    delete env.POA_DATA_DIR
    const started = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const log = createWriteStream(logFile, { flags: 'a' })
    started.stdout.pipe(log)
    started.stderr.pipe(log)
    const pidFile = path.join(stateDir(), `server-${started.pid}.pid`)
    await writeFile(pidFile, String(started.pid))
    started.once('exit', () => void rm(pidFile, { force: true }))
    child = started
    await listening(started, url, logFile)
  }

  async function end(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const current = child
    child = null
    if (!current) return
    current.kill(signal)
    // A server that does not finish within a few seconds of SIGTERM is killed: the tests never wait on it.
    const slow = signal === 'SIGTERM' ? setTimeout(() => current.kill('SIGKILL'), STOP_TIMEOUT_MS) : undefined
    await exited(current)
    clearTimeout(slow)
  }

  await start()
  return {
    url,
    get running() {
      return child !== null
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    async restart() {
      await end('SIGTERM')
      await start()
    },
    async close() {
      await end('SIGTERM')
      taken.delete(port)
    },
  }
}
