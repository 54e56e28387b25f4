import { columnDef } from '../../../src/report/columns'
import { workspaceMessages } from '../../../src/ui/i18n/workspaceMessages'
import { seedReport } from '../../fixtures/seedReport'
import { watchConsoleErrors } from '../consoleGuard'
import { PLANNER, SECRETARY } from './teamAccounts'
import { achievedBefore, achievedCell, editedBy, openSharedReport, saveIndicator, typeAchieved } from './teamPage'
import { expect, test } from './teamTest'

const { metas } = seedReport()
const t = workspaceMessages.es

test('an edit by one person shows in the other’s grid within 2 s, with its author in the cell’s description', async ({ team }) => {
  const server = await team.startServer()
  await team.assignAllTo(SECRETARY, server)
  const carmen = await (await team.signedIn(PLANNER, server)).newPage()
  const ana = await (await team.signedIn(SECRETARY, server)).newPage()
  const consoleChecks = [watchConsoleErrors(carmen), watchConsoleErrors(ana)]
  await openSharedReport(carmen)
  await openSharedReport(ana)

  await typeAchieved(carmen, 0, '77')
  await expect(achievedCell(ana, 0)).toHaveText('77', { timeout: 2_000 })
  await expect(achievedCell(ana, 0)).toHaveAccessibleDescription(editedBy(PLANNER.name, achievedBefore(0), '77'))
  await expect(saveIndicator(carmen)).toHaveText(t.synced)
  for (const check of consoleChecks) check()
})

test('when two people change one cell, the one whose value the server ordered first is told who replaced it and with what', async ({ team }) => {
  const server = await team.startServer()
  await team.assignAllTo(SECRETARY, server)
  const carmen = await (await team.signedIn(PLANNER, server)).newPage()
  const ana = await (await team.signedIn(SECRETARY, server)).newPage()
  await openSharedReport(carmen)
  await openSharedReport(ana)

  // Ana changes the cell without seeing Carmen's change: her record reaches the server after Carmen's.
  // She goes offline once the meta is hers (its assignment arrives after the first rows; her view is her unit's metas).
  await expect(achievedCell(ana, 0)).not.toHaveAttribute('aria-readonly', 'true')
  await ana.context().setOffline(true)
  await typeAchieved(ana, 0, '55')
  await typeAchieved(carmen, 0, '66')
  await expect(saveIndicator(carmen)).toHaveText(t.synced)
  await ana.context().setOffline(false)

  await expect(achievedCell(carmen, 0)).toHaveText('55')
  // The notice's text, then its dismiss button.
  await expect(carmen.getByRole('alert')).toContainText(t.conflictBy(SECRETARY.name, metas[0]!.cells.no, columnDef('achieved').label.es, '66', '55'))
  await expect(achievedCell(ana, 0)).toHaveText('55')
  await expect(saveIndicator(ana)).toHaveText(t.synced)
  await expect(ana.getByRole('alert')).toHaveCount(0)
})
