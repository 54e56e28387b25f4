import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { columnDef } from '../../../src/report/columns'
import { splitRecords } from '../../../src/report/splitRecords'
import { watchConsoleErrors } from '../consoleGuard'
import { baseUrl, editResult, launchProfile, newProfileDir, resultEditor, saveIndicator } from './persistentBrowser'
import { seedReport } from '../../fixtures/seedReport'

const { metas, entity } = seedReport()

/** Every file of the build under test (the service worker itself aside). */
function builtFiles(): string[] {
  const dist = path.resolve(process.cwd(), process.env.PW_DIST ?? 'dist')
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== 'sw.js')
}

/** The app's caches, once the service worker controls the page and one of them holds every listed file. */
async function precached(page: Page, files: readonly string[]): Promise<string[]> {
  const complete = () =>
    page.evaluate(async (wanted) => {
      const registration = await navigator.serviceWorker.getRegistration()
      if (!registration?.active || !navigator.serviceWorker.controller) return null
      const names = await caches.keys()
      for (const name of names) {
        const cache = await caches.open(name)
        const hits = await Promise.all(wanted.map((file) => cache.match(new URL(file, location.href).href, { ignoreVary: true })))
        if (hits.every(Boolean)) return names
      }
      return null
    }, files)
  await expect.poll(complete, { timeout: 20_000 }).not.toBeNull()
  return (await complete())!
}

test('after one visit online, the app works with no network: reload keeps the drafts, the charts open and a CSV exports', async () => {
  const files = builtFiles()
  // Lazy parts must be among them, or the test would prove nothing about them.
  expect(files.some((f) => /ChartsPanel-.*\.js$/.test(f))).toBe(true)
  expect(files.some((f) => /export\.worker-.*\.js$/.test(f))).toBe(true)
  const context = await launchProfile(newProfileDir())
  // A cache left by an earlier build, made before this build's worker takes over: it must be deleted.
  await context.addInitScript(() => {
    if (!navigator.serviceWorker.controller) void caches.open('poa-app-stale-build')
  })
  const page = await context.newPage()
  const checkConsole = watchConsoleErrors(page)
  await editResult(page, 10, 'Cambio hecho antes de quedarse sin red')
  const names = await precached(page, files)
  const version = /"version":"([0-9a-f]+)"/.exec(await (await page.request.get(`${baseUrl()}/sw.js`)).text())?.[1]
  expect(names).toEqual([`poa-app-${version}`])

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: entity })).toBeVisible()
  await expect(resultEditor(page)).toHaveValue('Cambio hecho antes de quedarse sin red')
  await expect(saveIndicator(page)).toHaveText(/^Guardado/)

  // The charts panel is a chunk this page never loaded before going offline.
  await page.getByRole('tab', { name: 'Gráficos' }).click()
  await expect(page.getByRole('figure', { name: 'Metas por franja de cumplimiento' }).locator('svg.recharts-surface')).toBeVisible()

  // The export runs in a worker whose script was never loaded online either.
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Exportar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Exportar la vista' })
  await dialog.getByRole('radio', { name: 'CSV con coma' }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportar' }).click()])
  const records = splitRecords(readFileSync(await download.path(), 'utf-8'), ',').records
  expect(records).toHaveLength(metas.length + 1)
  const resultAt = records[0]!.cells.indexOf(columnDef('result').label.es)
  const noAt = records[0]!.cells.indexOf(columnDef('no').label.es)
  const row = records.find((r) => r.cells[noAt] === metas[10]!.cells.no)
  expect(row?.cells[resultAt]).toBe('Cambio hecho antes de quedarse sin red')
  // Offline, failed network requests are expected only for what the app never needed.
  checkConsole()
  await context.close()
})
