import { expect, test } from '@playwright/test'
import { watchConsoleErrors } from '../consoleGuard'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()

test('an edit shows in the meta’s «Actividad» tab and in the report’s feed, is reverted from the tab, and survives a reload', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  const meta = seed.metas[4]!
  await page.goto(`/?meta=${meta.id + 1}`)
  await page.getByRole('tab', { name: 'Meta' }).click()
  const area = page.getByRole('textbox', { name: 'Aporte al plan de desarrollo' })
  await area.fill('Aporte corregido')
  await area.press('Tab')
  await expect(page.getByText('Guardado', { exact: true })).toBeVisible()

  await page.getByRole('tab', { name: 'Actividad' }).click()
  const activity = page.getByRole('list', { name: `Actividad de la meta ${meta.cells.no}` })
  await expect(activity.getByRole('listitem')).toHaveCount(1)
  await expect(activity.getByRole('listitem').first()).toContainText('Este navegador')
  await expect(activity.getByRole('listitem').first()).toContainText('→ Aporte corregido')

  await page.getByRole('button', { name: 'Actividad del informe' }).click()
  const feed = page.getByRole('dialog', { name: 'Actividad del informe' })
  await expect(feed.getByRole('table', { name: 'Cambios del informe' }).getByRole('row')).toHaveCount(2)
  await feed.getByRole('button', { name: 'Cerrar' }).click()

  await activity.getByRole('button', { name: /^Revertir «Aporte al plan de desarrollo»/ }).click()
  await expect(activity.getByRole('listitem')).toHaveCount(2)
  await expect(page.getByText('Guardado', { exact: true })).toBeVisible()
  await page.reload()
  await page.getByRole('tab', { name: 'Actividad' }).click()
  await expect(page.getByRole('list', { name: `Actividad de la meta ${meta.cells.no}` }).getByRole('listitem')).toHaveCount(2)
  await page.getByRole('tab', { name: 'Meta' }).click()
  await expect(page.getByRole('textbox', { name: 'Aporte al plan de desarrollo' })).toHaveValue(meta.cells.contribution)
  checkConsole()
})
