import { expect, test } from '@playwright/test'
import { watchConsoleErrors } from '../consoleGuard'
import { baseUrl, editResult, killBrowser, launchProfile, newProfileDir, resultEditor, saveIndicator, spawnBrowser } from './persistentBrowser'
import { seedReport } from '../../fixtures/seedReport'

const { metas } = seedReport()

test('an edit is still there after a reload, marked as a change against the original', async () => {
  const context = await launchProfile(newProfileDir())
  const page = await context.newPage()
  const checkConsole = watchConsoleErrors(page)
  await editResult(page, 2, 'Resultado corregido tras la revisión.')
  await page.reload()
  await expect(resultEditor(page)).toHaveValue('Resultado corregido tras la revisión.')
  await page.getByRole('button', { name: 'Cambios (1)' }).click()
  const changes = page.getByRole('dialog', { name: 'Cambios respecto al original' })
  await expect(changes.getByRole('row')).toHaveCount(2)
  await expect(changes.getByRole('cell', { name: metas[2]!.cells.result, exact: true })).toBeVisible()
  await changes.getByRole('button', { name: `Revertir Descripción del resultado de la meta ${metas[2]!.cells.no} al original` }).click()
  await expect(changes.getByText('Todavía no hay cambios.')).toBeVisible()
  await expect(changes.getByRole('button', { name: /^Revertir/ })).toHaveCount(0)
  await changes.getByRole('button', { name: 'Cerrar' }).click()
  await expect(resultEditor(page)).toHaveValue(metas[2]!.cells.result)
  checkConsole()
  await context.close()
})

test('undo and redo work from the keyboard and the buttons, also after a reload', async () => {
  const context = await launchProfile(newProfileDir())
  const page = await context.newPage()
  await editResult(page, 4, 'Primera versión')
  await editResult(page, 4, 'Segunda versión')
  await page.reload()
  await page.getByRole('button', { name: 'Deshacer' }).click()
  await expect(resultEditor(page)).toHaveValue('Primera versión')
  // Away from any text field, where Ctrl+Z belongs to the field.
  await page.getByRole('contentinfo', { name: 'Barra de estado' }).click()
  await page.keyboard.press('Control+z')
  await expect(resultEditor(page)).toHaveValue(metas[4]!.cells.result)
  await page.keyboard.press('Control+y')
  await expect(resultEditor(page)).toHaveValue('Primera versión')
  await page.getByRole('button', { name: 'Rehacer' }).click()
  await expect(resultEditor(page)).toHaveValue('Segunda versión')
  await expect(page.getByRole('button', { name: 'Rehacer' })).toBeDisabled()
  await context.close()
})

test('an edit acknowledged as saved survives killing the browser process', async () => {
  const dir = newProfileDir()
  const first = await spawnBrowser(dir)
  await editResult(first.page, 6, 'Texto guardado antes del cierre forzado')
  await killBrowser(first.process)

  const second = await spawnBrowser(dir)
  await second.page.goto(`${baseUrl()}/?meta=7`)
  await expect(resultEditor(second.page)).toHaveValue('Texto guardado antes del cierre forzado')
  await second.browser.close()
  await killBrowser(second.process)
})

test('two pages on the same workspace see each other’s edits within a second', async () => {
  const context = await launchProfile(newProfileDir())
  const one = await context.newPage()
  await one.goto(`${baseUrl()}/?meta=9`)
  await expect(saveIndicator(one)).toHaveText(/^Guardado/)
  const two = await context.newPage()
  await two.goto(`${baseUrl()}/?meta=9`)
  await expect(resultEditor(two)).toHaveValue(metas[8]!.cells.result)

  await editResult(one, 8, 'Escrito en la primera pestaña')
  await expect(resultEditor(two)).toHaveValue('Escrito en la primera pestaña', { timeout: 1000 })
  await expect(two.getByRole('button', { name: 'Cambios (1)' })).toBeVisible()
  await context.close()
})
