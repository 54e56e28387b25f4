import { expect, test, type Page } from '@playwright/test'
import { watchConsoleErrors } from '../consoleGuard'
import { editResult, resultEditor } from './persistentBrowser'
import { seedReport, seedText } from '../../fixtures/seedReport'

const { entity, year, metas } = seedReport()

// A second report as a user brings one: another entity and year, same layout.
const OTHER_ENTITY = 'GOBIERNO AUTÓNOMO DESCENTRALIZADO DE PRUEBA'
const OTHER_FILE = 'rendicion-2021-prueba.txt'
const otherText = seedText().replace(entity, OTHER_ENTITY).replace(`CUENTAS ${year}`, 'CUENTAS 2021')

const heading = (page: Page) => page.getByRole('banner').getByRole('heading', { level: 1 })
const switcher = (page: Page) => page.getByRole('combobox', { name: 'Informe abierto' })

async function importByPicker(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importar un informe' })
  await dialog.getByLabel('Archivo del informe (TSV, CSV o XLSX)').setInputFiles({ name: OTHER_FILE, mimeType: 'text/plain', buffer: Buffer.from(otherText, 'utf-8') })
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
}

test('two reports keep their own edits when switching between them, and deleting one after confirming leaves the other', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await editResult(page, 2, 'Corrección del informe original')
  await importByPicker(page)
  // The imported report opens without the first one's edit.
  await page.goto('/?meta=3')
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(resultEditor(page)).toHaveValue(metas[2]!.cells.result)
  await expect(page.getByRole('button', { name: 'Cambios (0)' })).toBeVisible()
  await editResult(page, 2, 'Corrección del segundo informe')
  await expect(heading(page)).toHaveText(OTHER_ENTITY)

  const first = switcher(page).getByRole('option', { name: new RegExp(`^${year} · `) })
  // Switching clears the selected meta (it named a row of the other report): open it again by its link.
  await switcher(page).selectOption({ label: (await first.textContent()) ?? '' })
  await expect(heading(page)).toHaveText(entity)
  await page.goto('/?meta=3')
  await expect(resultEditor(page)).toHaveValue('Corrección del informe original')
  await switcher(page).selectOption({ label: `2021 · ${OTHER_ENTITY} · ${OTHER_FILE}` })
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await page.goto('/?meta=3')
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(resultEditor(page)).toHaveValue('Corrección del segundo informe')

  // Cancelling keeps it; confirming deletes it and opens the other, edits intact.
  await page.getByRole('button', { name: 'Eliminar informe' }).click()
  const confirm = page.getByRole('dialog', { name: 'Eliminar informe del navegador' })
  await expect(confirm).toContainText(`«2021 · ${OTHER_ENTITY} · ${OTHER_FILE}»`)
  await expect(confirm.getByRole('button', { name: 'Cancelar' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Cancelar' }).click()
  await expect(confirm).toBeHidden()
  await expect(switcher(page).getByRole('option')).toHaveCount(2)
  await page.getByRole('button', { name: 'Eliminar informe' }).click()
  await confirm.getByRole('button', { name: 'Eliminar', exact: true }).click()
  await expect(heading(page)).toHaveText(entity)
  await page.goto('/?meta=3')
  await expect(heading(page)).toHaveText(entity)
  await expect(resultEditor(page)).toHaveValue('Corrección del informe original')
  // One report left: nothing to switch to.
  await expect(switcher(page)).toHaveCount(0)

  await page.reload()
  await expect(heading(page)).toHaveText(entity)
  await expect(resultEditor(page)).toHaveValue('Corrección del informe original')
  await expect(switcher(page)).toHaveCount(0)
  checkConsole()
})
