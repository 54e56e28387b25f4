import { workspaceMessages } from '../../../src/ui/i18n/workspaceMessages'
import { row } from '../grid/gridPage'
import { SECRETARY } from './teamAccounts'
import { openSharedReport, saveIndicator, typeAchieved } from './teamPage'
import { expect, recordsOf, test } from './teamTest'

const t = workspaceMessages.es

test('a shared report reloaded with no network reopens with the account, takes edits, and sends them under its name once the network is back', async ({ team }) => {
  const server = await team.startServer()
  await team.assignAllTo(SECRETARY, server)
  const context = await team.signedIn(SECRETARY, server)
  const ana = await context.newPage()
  await openSharedReport(ana)
  await expect(saveIndicator(ana)).toHaveText(t.synced)
  // After one visit the service worker holds the app's files (it controls the page once installed).
  await expect.poll(() => ana.evaluate(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await ana.reload()
  await expect(row(ana, 0)).toBeVisible()
  await expect(ana.getByText(`${SECRETARY.name} (Secretaría)`)).toBeVisible()
  await typeAchieved(ana, 5, '55')
  await expect(saveIndicator(ana)).toContainText(t.offline(1))

  await context.setOffline(false)
  await expect(saveIndicator(ana)).toHaveText(t.synced)
  const records = await recordsOf(context.request, server, team.reportId)
  expect(records.filter((r) => r.kind === 'edit').map((r) => [r.author.name, r.meta, r.data['column'], r.data['after']])).toEqual([[SECRETARY.name, 5, 'achieved', '55']])
})
