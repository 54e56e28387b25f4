import { workspaceMessages } from '../../../src/ui/i18n/workspaceMessages'
import { PLANNER, SECRETARY } from './teamAccounts'
import { achievedCell, openSharedReport, saveIndicator, typeAchieved } from './teamPage'
import { expect, test } from './teamTest'

const t = workspaceMessages.es

test('edits made offline wait, counted in the indicator, and reach the other person after reconnecting', async ({ team }) => {
  const server = await team.startServer()
  await team.assignAllTo(SECRETARY, server)
  const carmen = await (await team.signedIn(PLANNER, server)).newPage()
  const ana = await (await team.signedIn(SECRETARY, server)).newPage()
  await openSharedReport(carmen)
  await openSharedReport(ana)
  // Her metas are hers once the assignments have arrived: only then does she go offline.
  await expect(achievedCell(ana, 3)).not.toHaveAttribute('aria-readonly', 'true')
  await expect(achievedCell(ana, 4)).not.toHaveAttribute('aria-readonly', 'true')

  await ana.context().setOffline(true)
  await typeAchieved(ana, 3, '31')
  await typeAchieved(ana, 4, '41,5')
  await expect(saveIndicator(ana)).toContainText(t.offline(2))

  await ana.context().setOffline(false)
  await expect(achievedCell(carmen, 3)).toHaveText('31')
  await expect(achievedCell(carmen, 4)).toHaveText('41,5')
  await expect(saveIndicator(ana)).toHaveText(t.synced)
})
