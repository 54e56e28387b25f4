import { expect, test } from '@playwright/test'
import { seedReport } from '../../fixtures/seedReport'
import { cell, openGrid } from '../grid/gridPage'

const original = seedReport().metas[0]!.cells.planned

test('Ctrl+Z inside the export dialog does not undo an edit behind it; outside it does', async ({ page }) => {
  await openGrid(page)
  const planned = cell(page, 0, 2)
  await planned.click()
  await page.keyboard.type('7')
  await page.keyboard.press('Enter')
  await expect(planned).toHaveText('7')

  await page.getByRole('button', { name: 'Exportar' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(planned).toHaveText('7')

  await page.getByRole('contentinfo', { name: 'Barra de estado' }).click()
  await page.keyboard.press('Control+z')
  await expect(planned).toHaveText(original)
})
