import { randomUUID } from 'node:crypto'
import { seedReport } from '../../fixtures/seedReport'
import { READER } from './teamAccounts'
import { expect, recordsOf, test } from './teamTest'

const { metas } = seedReport()

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
