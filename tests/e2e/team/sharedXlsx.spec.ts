import { seedReport } from '../../fixtures/seedReport'
import { seedAsXlsx } from '../../unit/report/xlsxFixture'
import { row } from '../grid/gridPage'
import { PLANNER } from './teamAccounts'
import { achievedBefore, achievedCell } from './teamPage'
import { expect, test } from './teamTest'

const seed = seedReport()

test('a report shared as XLSX is downloaded and parsed in a worker by the browser that opens it, and opens again from this browser after a reload', async ({ team }) => {
  const server = await team.startServer()
  const planner = await team.signedIn(PLANNER, server)
  const upload = await planner.request.post('/api/reports', {
    headers: { origin: server.url, 'content-type': 'application/octet-stream', 'x-file-name': 'rendicion-2020.xlsx' },
    data: Buffer.from(await seedAsXlsx()),
  })
  expect(upload.status()).toBe(200)
  const { report } = (await upload.json()) as { report: { id: string } }

  // Planning opens it: a secretaría's default view would show only its unit's metas, and none are assigned yet.
  const opener = await planner.newPage()
  const parsers: string[] = []
  opener.on('worker', (worker) => parsers.push(worker.url()))
  await opener.goto(`/informes/${report.id}`)
  const heading = opener.getByRole('banner')
  await expect(heading.getByRole('heading', { level: 1, name: seed.entity })).toBeVisible()
  await expect(heading.getByText(`${seed.metas.length} metas`)).toBeVisible()
  await expect(row(opener, 0)).toBeVisible()
  await expect(achievedCell(opener, 0)).toHaveText(achievedBefore(0))
  expect(parsers.filter((url) => /parseOriginal\.worker/.test(url))).toHaveLength(1)

  await opener.reload()
  await expect(heading.getByText(`${seed.metas.length} metas`)).toBeVisible()
  await expect(achievedCell(opener, 0)).toHaveText(achievedBefore(0))
  expect(parsers.filter((url) => /parseOriginal\.worker/.test(url))).toHaveLength(2)
})
