import { expect, test } from '@playwright/test'
import { watchConsoleErrors } from '../consoleGuard'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()

test('a fresh browser opens the embedded report with its entity, year and number of metas', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await page.goto('/')
  const banner = page.getByRole('banner')
  await expect(banner.getByRole('heading', { level: 1, name: seed.entity })).toBeVisible()
  await expect(banner.getByText(`Rendición de cuentas ${seed.year}`)).toBeVisible()
  await expect(banner.getByText(`${seed.metas.length} metas`)).toBeVisible()
  checkConsole()
})

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  await page.goto('/no-existe')
  await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible()
  await page.getByRole('link', { name: 'Volver al informe' }).click()
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible()
})

test('choosing English translates the interface and is remembered after reload', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en')
  await expect(page.getByText(`${seed.metas.length} goals`).first()).toBeVisible()
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en')
})
