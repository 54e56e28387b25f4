import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import type { PushedRecord } from '../../../src/report/team/teamRecord'
import { workspaceMessages } from '../../../src/ui/i18n/workspaceMessages'
import { seedReport } from '../../fixtures/seedReport'
import { PLANNER, SECRETARY } from './teamAccounts'
import { achievedCell, openSharedReport, saveIndicator, typeAchieved } from './teamPage'
import { expect, recordsOf, test } from './teamTest'

const { metas } = seedReport()
const t = workspaceMessages.es
const KILL_AFTER = 20
const PUSHES_AFTER_RESTART = 5

const edit = (meta: number, after: string): PushedRecord => ({
  uid: randomUUID(),
  kind: 'edit',
  meta,
  at: Date.now(),
  data: { column: 'achieved', before: metas[meta]!.cells.achieved, after, step: randomUUID(), stepKind: 'edit' },
})

test('a server killed with SIGKILL between pushes and restarted keeps every acknowledged push, and retries of the lost replies store none twice', async ({ team }) => {
  const server = await team.startServer()
  await team.assignAllTo(SECRETARY, server)
  let acknowledged = 0
  let restarted = false
  let reachedKillPoint: () => void = () => undefined
  const killPoint = new Promise<void>((resolve) => (reachedKillPoint = resolve))
  let serverBack: () => void = () => undefined
  const back = new Promise<void>((resolve) => (serverBack = resolve))

  // As the replicator does: one push at a time, the same records again after a failure, until the server says it has them.
  async function pushUntilAfterRestart(request: APIRequestContext, name: string): Promise<{ uids: string[]; failures: number }> {
    const uids: string[] = []
    let failures = 0
    let afterRestart = 0
    for (let i = 0; afterRestart < PUSHES_AFTER_RESTART; i += 1) {
      const record = edit((i * 7) % metas.length, `${name} ${i}`)
      uids.push(record.uid)
      for (;;) {
        const reply = await request
          .post(`/api/reports/${team.reportId}/records`, { headers: { origin: server.url }, data: { records: [record] } })
          .then((response) => response.status())
          .catch(() => 'no reply' as const)
        if (reply === 200) break
        expect(reply, 'only a dead server fails a push').toBe('no reply')
        failures += 1
        await back
      }
      acknowledged += 1
      if (acknowledged === KILL_AFTER) reachedKillPoint()
      if (restarted) afterRestart += 1
    }
    return { uids, failures }
  }

  const planner = await team.signedIn(PLANNER, server)
  const secretary = await team.signedIn(SECRETARY, server)
  const writers = Promise.all([pushUntilAfterRestart(planner.request, 'Carmen'), pushUntilAfterRestart(secretary.request, 'Ana')])
  await killPoint
  await server.kill()
  await server.restart()
  restarted = true
  serverBack()
  const outcomes = await writers
  // Both were pushing when the server died: each had a push go unanswered and sent it again.
  expect(outcomes.map((outcome) => outcome.failures > 0)).toEqual([true, true])
  const pushed = outcomes.flatMap((outcome) => outcome.uids)

  const log = await recordsOf(planner.request, server, team.reportId)
  expect(log.map((record) => record.version)).toEqual(log.map((_, i) => i + 1))
  expect(new Set(log.map((record) => record.uid)).size).toBe(log.length)
  const records = log.filter((record) => record.kind === 'edit')
  expect(records.map((record) => record.uid).sort()).toEqual([...pushed].sort())
})

test('the server killed with SIGKILL during two people’s edits and restarted loses no edit either showed as Sincronizado, and stores each once', async ({ team }) => {
  const server = await team.startServer()
  await team.assignAllTo(SECRETARY, server)
  const carmen = await (await team.signedIn(PLANNER, server)).newPage()
  const ana = await (await team.signedIn(SECRETARY, server)).newPage()
  await openSharedReport(carmen)
  await openSharedReport(ana)

  await typeAchieved(carmen, 0, '101')
  await expect(saveIndicator(carmen)).toHaveText(t.synced)
  await typeAchieved(ana, 1, '102')
  await expect(saveIndicator(ana)).toHaveText(t.synced)
  // The server dies right after an edit that may or may not have reached it, and during another.
  await typeAchieved(carmen, 2, '103')
  await server.kill()
  await typeAchieved(ana, 3, '104')
  await expect(saveIndicator(ana)).toContainText(t.offline(1))

  await server.restart()
  const edits = [
    [0, '101'],
    [1, '102'],
    [2, '103'],
    [3, '104'],
  ] as const
  for (const page of [carmen, ana]) {
    await expect(saveIndicator(page)).toHaveText(t.synced, { timeout: 20_000 })
    for (const [meta, value] of edits) await expect(achievedCell(page, meta)).toHaveText(value)
  }
  const log = await recordsOf(carmen.context().request, server, team.reportId)
  expect(log.map((record) => record.version)).toEqual(log.map((_, i) => i + 1))
  expect(new Set(log.map((record) => record.uid)).size).toBe(log.length)
  const records = log.filter((record) => record.kind === 'edit')
  expect(records.map((record) => [record.meta, record.data['after']]).sort()).toEqual(edits.map(([meta, value]) => [meta, value]))
})
