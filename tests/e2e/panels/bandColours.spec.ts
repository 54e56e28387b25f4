import { readFileSync } from 'node:fs'
import { expect, test, type Locator } from '@playwright/test'
import { BAND_COLORS } from '../../../src/features/panels/charts/chartColors'
import { cell, defaultColumnIndex, openGrid } from '../grid/gridPage'
import { watchConsoleErrors } from '../consoleGuard'

/** WCAG relative luminance of a computed "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

const computed = (element: Locator, property: string) => element.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property)

test('a fulfillment band has one colour: its badge in the grid, its bar in the chart and the saved chart', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await openGrid(page, '/?band=full')
  const badge = cell(page, 0, defaultColumnIndex('percent')).getByText('100,00 %')
  const ink = await computed(badge, 'color')
  // The badge's text is readable (WCAG AA) on its tint and on white.
  expect(contrast(ink, await computed(badge, 'background-color'))).toBeGreaterThanOrEqual(4.5)
  expect(contrast(ink, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5)

  await page.getByRole('tab', { name: 'Gráficos' }).click()
  const chart = page.getByRole('figure', { name: 'Metas por franja de cumplimiento' })
  const fullBar = chart.locator(`.recharts-bar-rectangle path[fill="${BAND_COLORS.full}"]`)
  expect(await computed(fullBar, 'fill')).toBe(ink)

  // A saved chart is read outside the page: it holds the colour itself, not a token.
  const [svg] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Guardar «Metas por franja de cumplimiento» como SVG' }).click()])
  const text = readFileSync(await svg.path(), 'utf8')
  expect(text).toContain(`fill="${ink}"`)
  expect(text).not.toContain('var(')
  checkConsole()
})
