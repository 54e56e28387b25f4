import { expect, test } from '@playwright/test'
import { grid, header, openGrid } from './gridPage'

const headerNames = async (page: import('@playwright/test').Page) =>
  (await grid(page).getByRole('columnheader').getByRole('button').filter({ hasNotText: /^$/ }).allInnerTexts()).map((t) => t.replace(/[▲▼\d\s]+$/, '').trim())

test('dragging a header moves its column, and the new order is in the link', async ({ page }) => {
  await openGrid(page)
  await header(page, 'Total cumplido').dragTo(header(page, 'Total planificado'))
  await expect(grid(page).getByRole('columnheader').nth(2)).toContainText('Total cumplido')
  expect(new URL(page.url()).searchParams.get('cols')?.split('.').slice(0, 4)).toEqual(['no', 'description', 'achieved', 'planned'])
  expect((await headerNames(page)).slice(0, 4)).toEqual(['N.º de meta', 'Descripción de la meta', 'Total cumplido', 'Total planificado'])
})

test('dragging a resize handle widens the column and does not move it', async ({ page }) => {
  await openGrid(page)
  const planned = header(page, 'Total planificado')
  const before = (await planned.boundingBox())!
  const handle = before.x + before.width - 1
  await page.mouse.move(handle, before.y + before.height / 2)
  await page.mouse.down()
  await page.mouse.move(handle + 120, before.y + before.height / 2, { steps: 8 })
  await page.mouse.up()
  const after = (await planned.boundingBox())!
  expect(after.width).toBeGreaterThan(before.width + 100)
  expect(new URL(page.url()).searchParams.get('cols')).toBeNull()
})

test('hiding a column and choosing no frozen columns from the columns menu', async ({ page }) => {
  await openGrid(page)
  await page.getByRole('button', { name: 'Columnas' }).click()
  const dialog = page.getByRole('dialog', { name: 'Columnas visibles, orden y fijación' })
  await dialog.getByRole('checkbox', { name: 'Competencia', exact: true }).uncheck()
  await expect(header(page, 'Competencia')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Mover Cumplimiento a la izquierda' }).click()
  await dialog.getByLabel('Columnas fijas a la izquierda').selectOption('0')
  await page.keyboard.press('Escape')
  await page.evaluate(() => (document.querySelector('[role="grid"]') as HTMLElement).scrollBy(600, 0))
  // With nothing frozen, the meta number scrolls out of sight with the rest.
  await expect(header(page, 'N.º de meta')).not.toBeInViewport()
})
