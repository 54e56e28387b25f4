/**
 * Sync: 50 simulated browsers (real HTTP and server-sent events) edit one report on a real server
 * process (PGlite, or PostgreSQL when DATABASE_URL is set) for 60 s, with assignments in force: every
 * meta is a unit's, 45 secretarías edit and submit their own unit's metas and 5 planning accounts
 * edit any and return some for correction, so every push is checked against the report's turn (one
 * refused push fails the bench); at the end a forged secretaría write to another unit's meta must be refused. Figures: pushes per second, push
 * p50/p95, edit → visible in another client p50/p95; then 0 lost, 0 duplicated, and every client's
 * replayed report identical to the server's. Target: edit → visible p95 ≤ 250 ms.
 * Flags: --seconds=N (60), --clients=N (50), --interval=MS between one client's edits (1000).
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { applyEdits } from '../../src/report/applyEdits'
import { COLUMNS } from '../../src/report/columns'
import type { PushedRecord, TeamRecord } from '../../src/report/team/teamRecord'
import type { ColumnKey, Report } from '../../src/report/types'
import { seedReport } from '../fixtures/seedReport'
import { metaOf, roleOf, UNITS } from './sync/benchTeam'
import { SimulatedClient } from './sync/simulatedClient'

const flag = (name: string, fallback: number) => {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`))
  return given ? Number(given.slice(name.length + 3)) : fallback
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface ServerLine {
  url: string
  report: string
  sessions: string[]
  database: string
}

async function startServer(clients: number, dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/sync/benchServer.ts', String(clients)], {
    env: { ...process.env, POA_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)))
  })
  const stopped = new Promise((resolve) => child.once('exit', resolve))
  return { line: JSON.parse(first) as ServerLine, stop: () => (child.stdin.end(), stopped) }
}

/** The report as a client shows it: the original with the log's edits applied in version order. */
function replay(seed: Report, log: readonly TeamRecord[]): string {
  const edits = log.filter((r) => r.kind === 'edit').map((r) => ({ meta: r.meta, column: r.data['column'] as ColumnKey, after: r.data['after']! }))
  return JSON.stringify(applyEdits(seed, edits).metas.map((m) => m.cells))
}

export default async function syncBench(): Promise<Record<string, number | string>> {
  const seconds = flag('seconds', 60)
  const count = flag('clients', 50)
  const interval = flag('interval', 1000)
  const seed = seedReport()
  const dataDir = await mkdtemp(path.join(tmpdir(), 'poa-sync-bench-'))
  const server = await startServer(count, dataDir)
  const { url, report, sessions, database } = server.line
  const origin = new URL(url).origin
  const pushedAt = new Map<string, { at: number; by: number }>()
  const visible: number[] = []
  const pushTimes: number[] = []
  const clients = sessions.map(
    (token, index) =>
      new SimulatedClient(`${url}/api/reports/${report}`, { cookie: `poa_session=${token}`, origin }, (record, at) => {
        const pushed = pushedAt.get(record.uid)
        if (pushed && pushed.by !== index) visible.push(at - pushed.at)
      }),
  )
  try {
    await Promise.all(clients.map((client) => client.connect()))
    const columns = COLUMNS.map((c) => c.key)
    const end = performance.now() + seconds * 1000
    const editing = clients.map(async (client, index) => {
      await sleep(Math.random() * interval)
      const { role, unit } = roleOf(index)
      for (let n = 0; performance.now() < end; n++) {
        const meta = metaOf(unit, seed.metas.length)
        const column = columns[Math.floor(Math.random() * columns.length)]!
        // A secretaría submits one push in ten, planning returns one in five (with the reason it needs).
        const step = role === 'secretaria' ? n % 10 === 9 : n % 5 === 4
        const record: PushedRecord = step
          ? {
              uid: randomUUID(),
              kind: 'review',
              meta,
              at: Date.now(),
              data: role === 'secretaria' ? { status: 'reviewed' } : { status: 'needsCorrection', reason: `Revisar (c${index}-${n})` },
            }
          : {
              uid: randomUUID(),
              kind: 'edit',
              meta,
              at: Date.now(),
              data: { column, before: seed.metas[meta]!.cells[column], after: `c${index}-${n}`, step: randomUUID(), stepKind: 'edit' },
            }
        if (n % 10 === 0) void client.heartbeat(meta)
        pushedAt.set(record.uid, { at: performance.now(), by: index })
        pushTimes.push(await client.push([record]))
        // Jittered, so the clients do not push in lockstep.
        await sleep(interval * (0.5 + Math.random()))
      }
    })
    await Promise.all(editing)

    // A forged write: a secretaría edits a meta of another unit.
    const forger = clients.findIndex((_, i) => roleOf(i).role === 'secretaria')
    const theirs = metaOf((roleOf(forger).unit! + 1) % UNITS, seed.metas.length)
    const forged = await fetch(`${url}/api/reports/${report}/records`, {
      method: 'POST',
      headers: { cookie: `poa_session=${sessions[forger]}`, origin, 'content-type': 'application/json' },
      body: JSON.stringify({
        records: [{ uid: randomUUID(), kind: 'edit', meta: theirs, at: Date.now(), data: { column: 'achieved', before: '', after: 'x', step: randomUUID(), stepKind: 'edit' } }],
      }),
    })
    const forgedCode = ((await forged.json()) as { error?: { code: string } }).error?.code
    if (forged.status !== 403 || forgedCode !== 'notYourUnit') throw new Error(`a forged write was answered ${forged.status} ${forgedCode}`)

    const reader = clients[0]!
    const serverLog: TeamRecord[] = []
    for (;;) {
      const after = serverLog.at(-1)?.version ?? 0
      const page = (await (await fetch(`${url}/api/reports/${report}/records?after=${after}`, { headers: { cookie: `poa_session=${sessions[0]}` } })).json()) as {
        records: TeamRecord[]
      }
      if (page.records.length === 0) break
      serverLog.push(...page.records)
    }
    const finalVersion = serverLog.at(-1)?.version ?? 0
    const settleBy = performance.now() + 10_000
    while (clients.some((c) => c.cursor < finalVersion) && performance.now() < settleBy) await sleep(20)

    const serverUids = serverLog.map((r) => r.uid)
    const lost = [...pushedAt.keys()].filter((uid) => !serverUids.includes(uid)).length
    const duplicated = serverUids.length - new Set(serverUids).size
    const gapless = serverLog.every((r, i) => r.version === i + 1)
    const expected = replay(seed, serverLog)
    const differing = clients.filter((c) => c.log.length !== serverLog.length || replay(seed, c.log) !== expected).length
    if (lost > 0 || duplicated > 0 || differing > 0 || !gapless) {
      throw new Error(`${lost} lost, ${duplicated} duplicated, ${differing} clients differ from the server, versions gapless: ${gapless}`)
    }
    return {
      database,
      clients: count,
      'seconds editing': seconds,
      'records in the log': serverLog.length,
      'pushes per second': pushTimes.length / seconds,
      'push p50 (ms)': percentile(pushTimes, 50),
      'push p95 (ms)': percentile(pushTimes, 95),
      'edit → visible in another client p50 (ms)': percentile(visible, 50),
      'edit → visible in another client p95 (ms, target ≤ 250)': percentile(visible, 95),
      'pulls by all clients': clients.reduce((sum, c) => sum + c.pulls, 0),
      'pushes retried': clients.reduce((sum, c) => sum + c.failedPushes, 0),
      'review steps pushed': serverLog.filter((r) => r.kind === 'review').length,
      'assignments in force': serverLog.filter((r) => r.kind === 'assign').length,
      'forged write to another unit': `refused (${forged.status} ${forgedCode})`,
      lost,
      duplicated,
      'clients whose report differs from the server': differing,
      reader: reader.cursor === finalVersion ? 'caught up' : 'behind',
    }
  } finally {
    clients.forEach((client) => client.close())
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}
