import { randomUUID } from 'node:crypto'
import { accessOf } from '../../../src/ui/session/sessionAccess'
import { seedReport } from '../../fixtures/seedReport'
import { grid } from '../grid/gridPage'
import { READER } from './teamAccounts'
import { achievedBefore, achievedCell, openSharedReport } from './teamPage'
import { expect, recordsOf, test } from './teamTest'

const { metas } = seedReport()
const READ_ONLY_REASON = accessOf({ id: '1', email: READER.email, name: READER.name, role: READER.role }).readOnlyReason!.es

test('a write forged with the consulta account’s cookie is refused with 403 and stores nothing', async ({ team }) => {
  const server = await team.startServer()
  const context = await team.signedIn(READER, server)
  const edit = {
    uid: randomUUID(),
    kind: 'edit',
    meta: 0,
    at: Date.now(),
    data: { column: 'achieved', before: metas[0]!.cells.achieved, after: '99', step: randomUUID(), stepKind: 'edit' },
  }
  const forged = await context.request.post(`/api/reports/${team.reportId}/records`, { headers: { origin: server.url }, data: { records: [edit] } })
  expect(forged.status()).toBe(403)
  expect(await forged.json()).toEqual({
    error: { code: 'forbidden', es: 'Una cuenta de consulta no puede cambiar el informe.', en: 'A read-only account cannot change the report.' },
  })
  expect(await recordsOf(context.request, server, team.reportId)).toEqual([])
})

test('the consulta account’s grid says why it is read-only, and typing into a cell changes nothing', async ({ team }) => {
  const server = await team.startServer()
  const luis = await (await team.signedIn(READER, server)).newPage()
  await openSharedReport(luis)

  await expect(luis.getByRole('note').or(luis.getByRole('status')).filter({ hasText: READ_ONLY_REASON })).toBeVisible()
  await expect(grid(luis)).toHaveAttribute('aria-readonly', 'true')
  await achievedCell(luis, 0).click()
  await luis.keyboard.type('99')
  await luis.keyboard.press('Enter')
  await expect(grid(luis).getByRole('textbox')).toHaveCount(0)
  await expect(achievedCell(luis, 0)).toHaveText(achievedBefore(0))
  expect(await recordsOf(luis.context().request, server, team.reportId)).toEqual([])
})
