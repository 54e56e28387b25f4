import { expect, test, type Page } from '@playwright/test'
import { parseNumber } from '../../../src/report/numbers'
import { seedReport, seedText } from '../../fixtures/seedReport'

const seed = seedReport()
const { entity, metas } = seed
const total = metas.length

// A second report: the seed under another entity and year (same metas, so the same counts).
const OTHER_ENTITY = 'GOBIERNO AUTÓNOMO DESCENTRALIZADO DE PRUEBA'
const otherTsv = seedText().replace(entity, OTHER_ENTITY).replace(`CUENTAS ${seed.year}`, 'CUENTAS 2021')

// "Cumplimiento" at most 49.99, counted plainly from the seed.
const under50 = metas.filter((m) => {
  const p = parseNumber(m.cells.percent)
  return p.ok && p.value !== null && p.value <= 49.99
}).length

const heading = (page: Page) => page.getByRole('banner').getByRole('heading', { level: 1 })
const count = (page: Page) => page.getByRole('contentinfo')
const NOTICE = 'Este enlace es de otro informe que no está en este navegador: se muestra la vista sobre el informe abierto.'

async function importOther(page: Page) {
  await page.goto('/')
  await expect(heading(page)).toHaveText(entity)
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importar un informe' })
  await dialog
    .getByLabel('Archivo del informe (TSV, CSV o XLSX)')
    .setInputFiles({ name: 'rendicion-2021-prueba.txt', mimeType: 'text/plain', buffer: Buffer.from(otherTsv, 'utf-8') })
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
}

test('a copied view link opens the report it was made on, with its filter, from another open report', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await importOther(page)
  await page.goto('/?percent=..49.99')
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(count(page)).toContainText(`${under50} de ${total} metas`)
  // The address bar names the imported report too.
  await expect.poll(() => new URL(page.url()).searchParams.get('ws')).toMatch(/^[0-9a-f]{12}$/)

  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Vistas' }).click()
  const dialog = page.getByRole('dialog', { name: 'Vistas guardadas' })
  await dialog.getByLabel('Nombre de la vista').fill('Bajo 50')
  await dialog.getByRole('button', { name: 'Guardar la vista actual' }).click()
  await dialog.getByRole('button', { name: 'Copiar el enlace de «Bajo 50»' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Enlace copiado al portapapeles.')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(await dialog.getByRole('textbox', { name: 'Enlace de «Bajo 50»' }).inputValue())
  await dialog.getByRole('button', { name: 'Cerrar' }).last().click()

  const switcher = page.getByRole('combobox', { name: 'Informe abierto' })
  await switcher.selectOption({ index: (await switcher.getByRole('option').allTextContents()).findIndex((t) => t.includes(entity)) })
  await expect(heading(page)).toHaveText(entity)
  await page.goto('/')
  await expect(heading(page)).toHaveText(entity)

  await page.goto(link)
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(count(page)).toContainText(`${under50} de ${total} metas`)
  await expect(page.getByText(NOTICE)).toHaveCount(0)
})

test('a link naming a report this browser does not hold keeps the open report, applies the view and says so', async ({ page }) => {
  await importOther(page)
  await page.goto('/?ws=0123456789ab&percent=..49.99')
  await expect(page.getByText(NOTICE)).toBeVisible()
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(count(page)).toContainText(`${under50} de ${total} metas`)
  await expect(page.getByRole('combobox', { name: 'Informe abierto' }).getByRole('option')).toHaveCount(2)
  await page.getByRole('button', { name: 'Cerrar aviso' }).click()
  await expect(page.getByText(NOTICE)).toHaveCount(0)
})
