import { PLANNER, SECRETARY } from './teamAccounts'
import { achievedCell, openSharedReport, typeAchieved } from './teamPage'
import { expect, test } from './teamTest'

test('two server instances on one PostgreSQL: a client of each sees the other’s edits live', async ({ team }) => {
  const first = await team.startServer()
  await team.assignAllTo(SECRETARY, first)
  const second = await team.startServer()
  const carmen = await (await team.signedIn(PLANNER, first)).newPage()
  const ana = await (await team.signedIn(SECRETARY, second)).newPage()
  await openSharedReport(carmen)
  await openSharedReport(ana)

  await typeAchieved(carmen, 5, '50')
  await expect(achievedCell(ana, 5)).toHaveText('50')
  await typeAchieved(ana, 6, '60')
  await expect(achievedCell(carmen, 6)).toHaveText('60')
})
