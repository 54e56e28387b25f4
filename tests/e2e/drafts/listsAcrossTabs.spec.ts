import { expect, test, type Page } from '@playwright/test'
import { filesMessages } from '../../../src/ui/i18n/filesMessages'
import { workspaceMessages } from '../../../src/ui/i18n/workspaceMessages'
import { saveIndicator } from './persistentBrowser'
import { seedReport, seedText } from '../../fixtures/seedReport'

const { entity, year } = seedReport()

// A second report as a user brings one: another entity and year, same layout.
const OTHER_ENTITY = 'GOBIERNO AUTÓNOMO DESCENTRALIZADO DE PRUEBA'
const OTHER_FILE = 'rendicion-2021-prueba.txt'
const otherFile = { name: OTHER_FILE, mimeType: 'text/plain', buffer: Buffer.from(seedText().replace(entity, OTHER_ENTITY).replace(`CUENTAS ${year}`, 'CUENTAS 2021'), 'utf-8') }

const heading = (page: Page) => page.getByRole('banner').getByRole('heading', { level: 1 })

async function openTwoTabs(page: Page): Promise<Page> {
  await page.goto('/')
  await expect(saveIndicator(page)).toHaveText(/^Guardado/)
  const other = await page.context().newPage()
  await other.goto('/')
  await expect(heading(other)).toHaveText(entity)
  return other
}

test('a view saved in one tab shows in the saved views list open in another tab, and leaves it when deleted there', async ({ page }) => {
  const other = await openTwoTabs(page)
  await other.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Vistas' }).click()
  const list = other.getByRole('dialog', { name: 'Vistas guardadas' })
  await expect(list.getByText('Todavía no hay vistas guardadas en este informe.')).toBeVisible()

  await page.goto('/?sort=percent')
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Vistas' }).click()
  const dialog = page.getByRole('dialog', { name: 'Vistas guardadas' })
  await dialog.getByLabel('Nombre de la vista').fill('Por cumplimiento')
  await dialog.getByRole('button', { name: 'Guardar la vista actual' }).click()
  await expect(list.getByRole('button', { name: 'Abrir la vista «Por cumplimiento»' })).toBeVisible()

  await dialog.getByRole('button', { name: 'Eliminar la vista «Por cumplimiento»' }).click()
  await expect(list.getByRole('button', { name: 'Abrir la vista «Por cumplimiento»' })).toHaveCount(0)
  await expect(list.getByText('Todavía no hay vistas guardadas en este informe.')).toBeVisible()
})

test('a report imported in one tab appears in the other tab’s report switcher', async ({ page }) => {
  const other = await openTwoTabs(page)
  const switcher = other.getByRole('combobox', { name: 'Informe abierto' })
  await expect(switcher).toHaveCount(0)

  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
  await page.getByRole('dialog', { name: 'Importar un informe' }).getByLabel('Archivo del informe (TSV, CSV o XLSX)').setInputFiles(otherFile)
  await expect(heading(page)).toHaveText(OTHER_ENTITY)

  await expect(switcher.getByRole('option', { name: `2021 · ${OTHER_ENTITY} · ${OTHER_FILE}` })).toHaveCount(1)
  await expect(heading(other)).toHaveText(entity)
})

test('without browser storage, importing a second report says why in English when English is chosen', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('poa.language', 'en')
    IDBFactory.prototype.open = () => {
      throw new DOMException('Storage is blocked for this site.', 'SecurityError')
    }
  })
  await page.goto('/')
  await expect(heading(page)).toHaveText(entity)
  const en = filesMessages.en
  await page.getByRole('toolbar', { name: en.toolbar }).getByRole('button', { name: en.importButton }).click()
  const dialog = page.getByRole('dialog', { name: en.importTitle })
  await dialog.getByLabel(en.importFileLabel).setInputFiles(otherFile)
  await expect(dialog.getByRole('alert')).toHaveText(en.importFailed(OTHER_FILE, workspaceMessages.en.storageNeededForImport))
  await expect(heading(page)).toHaveText(entity)
})
