import { expect, test } from '@playwright/test'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { watchConsoleErrors } from '../consoleGuard'
import { parseOk, seedReport, seedText } from '../../fixtures/seedReport'
import { cell, grid, openGrid, showColumn } from './gridPage'

const IMG = '<img src=x onerror="window.__xss = 1">'
const SCRIPT = '<script>window.__xss = 2</script>'
const seed = seedReport()
const first = seed.metas[0]
// A copy of the seed whose first meta carries markup in both narratives.
const hostile = seedText().replace(first.cells.result, `${IMG} ${first.cells.result}`).replace(first.cells.contribution, `${SCRIPT} ${first.cells.contribution}`)
const hostileReport = parseOk(new TextEncoder().encode(hostile))

test('a narrative holding <img onerror> or <script> shows those characters and runs nothing', async ({ page }) => {
  expect(hostileReport.metas[0].cells.result.startsWith(IMG)).toBe(true)
  const checkConsole = watchConsoleErrors(page)
  await openGrid(page)
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
  await page
    .getByRole('dialog', { name: 'Importar un informe' })
    .getByLabel('Archivo del informe (TSV, CSV o XLSX)')
    .setInputFiles({ name: 'rendicion-con-marcas.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile, 'utf-8') })
  // The imported report replaces the grid when its dialog closes: scrolling sideways before would scroll the old one.
  await expect(page.getByRole('dialog', { name: 'Importar un informe' })).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Buscar en las metas' }).fill('onerror')
  await expect(page.getByRole('contentinfo').getByText(`1 de ${hostileReport.metas.length} metas`)).toBeVisible()
  await showColumn(page, DEFAULT_COLUMNS.indexOf('result'))
  await expect(cell(page, 0, DEFAULT_COLUMNS.indexOf('result'))).toContainText(IMG)
  await page.getByRole('searchbox', { name: 'Buscar en las metas' }).fill('script')
  await showColumn(page, DEFAULT_COLUMNS.indexOf('contribution'))
  await expect(cell(page, 0, DEFAULT_COLUMNS.indexOf('contribution'))).toContainText(SCRIPT)
  await cell(page, 0, DEFAULT_COLUMNS.indexOf('contribution')).click()

  expect(await grid(page).locator('img, script').count()).toBe(0)
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  checkConsole()
})
