import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parseNumber } from '../../../src/report/numbers'
import { splitRecords } from '../../../src/report/splitRecords'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
const total = seed.metas.length

// "Metas bajo 50 %": percent at most 49.99, counted plainly from the seed.
const under50 = seed.metas.filter((m) => {
  const p = parseNumber(m.cells.percent)
  return p.ok && p.value !== null && p.value <= 49.99
}).length
const NAME = 'Metas bajo 50 %'

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Acciones del informe' })
const count = (page: Page) => page.getByRole('contentinfo')

async function saveUnder50(page: Page) {
  await page.goto('/?percent=..49.99&sort=percent')
  await expect(count(page)).toContainText(`${under50} de ${total} metas`)
  await toolbar(page).getByRole('button', { name: 'Vistas' }).click()
  const dialog = page.getByRole('dialog', { name: 'Vistas guardadas' })
  await dialog.getByLabel('Nombre de la vista').fill(NAME)
  await dialog.getByRole('button', { name: 'Guardar la vista actual' }).click()
  await expect(dialog.getByRole('status')).toHaveText(`Vista «${NAME}» guardada.`)
  return dialog
}

test('a saved view reopens from the list, and its copied link opens the same view in another page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  let dialog = await saveUnder50(page)
  await dialog.getByRole('button', { name: 'Cerrar' }).last().click()

  await page.goto('/')
  await expect(count(page)).toContainText(`${total} metas`)
  await toolbar(page).getByRole('button', { name: 'Vistas' }).click()
  dialog = page.getByRole('dialog', { name: 'Vistas guardadas' })
  await dialog.getByRole('button', { name: `Abrir la vista «${NAME}»` }).click()
  await expect(count(page)).toContainText(`${under50} de ${total} metas`)

  await dialog.getByRole('button', { name: `Copiar el enlace de «${NAME}»` }).click()
  await expect(dialog.getByRole('status')).toHaveText('Enlace copiado al portapapeles.')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(await dialog.getByRole('textbox', { name: `Enlace de «${NAME}»` }).inputValue())
  const other = await context.newPage()
  await other.goto(link)
  await expect(count(other)).toContainText(`${under50} de ${total} metas`)
  await expect(other.getByRole('columnheader', { name: /Cumplimiento/ }).first()).toHaveAttribute('aria-sort', 'ascending')
})

test('the export dialog exports a saved view while another view is on screen', async ({ page }) => {
  const dialog = await saveUnder50(page)
  await dialog.getByRole('button', { name: 'Cerrar' }).last().click()
  await page.goto('/')
  await toolbar(page).getByRole('button', { name: 'Exportar' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Exportar la vista' })
  await exportDialog.getByRole('radio', { name: new RegExp(NAME) }).check()
  await exportDialog.getByRole('radio', { name: 'CSV con coma' }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Exportar' }).click()])
  expect(download.suggestedFilename()).toContain('_metas-bajo-50_')
  const split = splitRecords(readFileSync(await download.path(), 'utf-8'), ',')
  expect(split.records.length).toBe(under50 + 1)
})
