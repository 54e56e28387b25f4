import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { ACTIVE_STROKE, BAND_COLORS } from '../../../src/features/panels/charts/chartColors'
import { checkReport } from '../../../src/report/findings'
import { metaValues } from '../../../src/report/metaValues'
import { watchConsoleErrors } from '../consoleGuard'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()

async function openTab(page: Page, name: RegExp | string) {
  await page.getByRole('tab', { name }).click()
}

test('a narrative edited in the meta panel is still there after a reload', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  const meta = seed.metas[4]
  await page.goto(`/?meta=${meta.id + 1}`)
  await openTab(page, 'Meta')
  await expect(page.getByRole('heading', { name: `Meta N.º ${meta.cells.no}` })).toBeVisible()
  const area = page.getByRole('textbox', { name: 'Aporte al plan de desarrollo' })
  const corrected = `${meta.cells.contribution} Corregido en revisión.`
  await area.fill(corrected)
  await area.press('Tab')
  await expect(page.getByRole('complementary', { name: 'Panel lateral' }).getByText('editado').first()).toBeVisible()
  await expect(page.getByText('Guardado', { exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Aporte al plan de desarrollo' })).toHaveValue(corrected)
  checkConsole()
})

test('clicking the 100 % bar filters the grid to that band and clicking it again removes the filter', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await page.goto('/')
  await openTab(page, 'Gráficos')
  const chart = page.getByRole('figure', { name: 'Metas por franja de cumplimiento' })
  const fullBar = chart.locator(`.recharts-bar-rectangle path[fill="${BAND_COLORS.full}"]`)
  await fullBar.click()
  const atFull = seed.metas.filter((m) => metaValues(m).percent === 100).length
  const status = page.getByRole('contentinfo', { name: 'Barra de estado' })
  await expect(status.getByText(`${atFull} de ${seed.metas.length} metas`)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Resumen de la vista' }).getByText('Mediana')).toBeVisible()
  expect(new URL(page.url()).searchParams.getAll('band')).toEqual(['full'])
  // The chart follows the view one render after the grid: click again once it shows the bar as active.
  await expect(fullBar).toHaveAttribute('stroke', ACTIVE_STROKE)
  await fullBar.click()
  await expect(status.getByText(`${seed.metas.length} de ${seed.metas.length} metas`)).toBeVisible()
  checkConsole()
})

test('clicking a finding in the findings panel selects its meta in the grid', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  const target = checkReport(seed).find((f) => f.rule === 'justificationMissing')
  if (!target) throw new Error('the seed has no finding of a missing justification')
  await page.goto('/')
  await openTab(page, /Hallazgos/)
  await page.getByRole('button', { name: /^Falta la justificación/ }).click()
  await page.getByRole('button', { name: `Ir a la meta ${target.no}, columna Descripción del resultado` }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('meta')).toBe(String(target.meta + 1))
  const grid = page.getByRole('grid')
  await expect(grid.getByRole('row', { selected: true })).toContainText(seed.metas[target.meta].cells.description.slice(0, 30))
  // The active cell is the finding's own cell (the result narrative, far right), scrolled into view.
  const resultColumn = await grid.getByRole('columnheader', { name: /^Descripción del resultado/ }).getAttribute('aria-colindex')
  await expect(grid).toHaveAttribute('aria-activedescendant', /-result$/)
  const active = page.locator(`[id="${(await grid.getAttribute('aria-activedescendant')) ?? ''}"]`)
  await expect(active).toHaveAttribute('aria-colindex', resultColumn ?? '')
  await expect(active.locator('xpath=ancestor::*[@role="row"]')).toHaveAttribute('data-meta', String(target.meta))
  await expect(active).toBeInViewport({ ratio: 0.5 })
  checkConsole()
})

test('each chart surface is named by its title in the UI language', async ({ page }) => {
  await page.goto('/')
  await openTab(page, 'Gráficos')
  for (const title of ['Metas por franja de cumplimiento', 'Planificado frente a cumplido']) {
    const chart = page.getByRole('figure', { name: title })
    await expect(chart.getByRole('application', { name: title })).toBeVisible()
  }
})

test('a chart saves as SVG with its title and as PNG', async ({ page }) => {
  await page.goto('/')
  await openTab(page, 'Gráficos')
  const chart = page.getByRole('figure', { name: 'Metas por franja de cumplimiento' })
  await expect(chart.locator('svg.recharts-surface')).toBeVisible()
  const [svg] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Guardar «Metas por franja de cumplimiento» como SVG' }).click()])
  expect(svg.suggestedFilename()).toBe('metas-por-franja.svg')
  const text = readFileSync(await svg.path(), 'utf8')
  expect(text.startsWith('<svg')).toBe(true)
  expect(text).toContain('Metas por franja de cumplimiento')
  const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Guardar «Metas por franja de cumplimiento» como PNG' }).click()])
  expect(png.suggestedFilename()).toBe('metas-por-franja.png')
  const bytes = readFileSync(await png.path())
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
})

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the main view with each side panel open at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
    await page.setViewportSize(size)
    await page.goto('/?meta=1')
    for (const tab of ['Meta', 'Gráficos', 'Hallazgos']) {
      await openTab(page, new RegExp(`^${tab}`))
      if (tab === 'Gráficos') await expect(page.getByRole('figure', { name: 'Planificado frente a cumplido' }).locator('svg.recharts-surface')).toBeVisible()
      const panel = page.getByRole('tabpanel')
      const box = await panel.boundingBox()
      // The panel fits the window: nothing of it is cut off at the right or bottom edge.
      expect(box && box.x + box.width <= size.width && box.y + box.height <= size.height).toBe(true)
      await testInfo.attach(`${tab}-${size.width}x${size.height}.png`, { body: await page.screenshot(), contentType: 'image/png' })
    }
  })
}
