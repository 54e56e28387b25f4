import { expect, test } from '@playwright/test'
import { formatNumber } from '../../../src/report/numbers'
import { watchConsoleErrors } from '../consoleGuard'
import { seedReport } from '../../fixtures/seedReport'
import { activeCell, cell, defaultColumnIndex as col, grid, header, openGrid, row, showColumn, shownNumber } from './gridPage'

const seed = seedReport()
const plannedOf = (i: number) => shownNumber(seed.metas[i].cells.planned)

test('an edited cell tells original → current and the context menu reverts it', async ({ page }, testInfo) => {
  const checkConsole = watchConsoleErrors(page)
  await openGrid(page)
  await cell(page, 1, col('planned')).click()
  await page.keyboard.type('4321')
  await page.keyboard.press('Enter')
  const edited = cell(page, 1, col('planned'))
  await expect(edited).toHaveAccessibleDescription(`Editado: ${plannedOf(1)} → ${formatNumber(4321)}`)
  await edited.click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Acciones de la celda' })
  await expect(menu.getByRole('menuitem', { name: 'Revertir al original' })).toBeFocused()
  await testInfo.attach('cell-menu', { body: await page.screenshot(), contentType: 'image/png' })
  await page.keyboard.press('Enter')
  await expect(edited).toHaveText(plannedOf(1))
  await expect(grid(page)).toBeFocused()
  await expect(page.getByRole('button', { name: 'Cambios (0)' })).toBeVisible()
  checkConsole()
})

test('the last meta of the seed opens from meta=351, and the skip link lands on the grid', async ({ page }) => {
  await page.goto(`/?meta=${seed.metas.length}`)
  const last = row(page, seed.metas.length - 1)
  await expect(last).toBeInViewport()
  await expect(last).toHaveAttribute('aria-selected', 'true')
  await expect(last.getByRole('gridcell').first()).toHaveText(seed.metas[seed.metas.length - 1].cells.no)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Saltar a la tabla de metas' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(grid(page)).toBeFocused()
  await expect(await activeCell(page)).toBeInViewport()
})

test('a column is widened from the keyboard through its width handle', async ({ page }) => {
  await openGrid(page)
  await showColumn(page, col('objective'))
  await cell(page, 0, col('objective')).click()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const handle = page.getByRole('separator', { name: 'Ancho de Objetivo del plan de desarrollo' })
  await expect(handle).toBeFocused()
  const before = (await header(page, 'Objetivo del plan de desarrollo').boundingBox())!.width
  await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(async () => (await header(page, 'Objetivo del plan de desarrollo').boundingBox())!.width).toBeCloseTo(before + 50, 0)
})
