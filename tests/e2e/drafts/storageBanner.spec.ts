import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { resultEditor, saveIndicator } from './persistentBrowser'
import { seedReport } from '../../fixtures/seedReport'

const { entity, metas } = seedReport()

test('when the browser refuses IndexedDB, a Spanish banner says so, the app works in memory and the unsaved edit downloads', async ({ page }) => {
  // As when site storage is blocked: opening any database throws.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Storage is blocked for this site.', 'SecurityError')
    }
  })
  await page.goto('/?meta=4')
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: entity })).toBeVisible()
  const banner = page.getByRole('alert').filter({ hasText: 'El almacenamiento del navegador no está disponible' })
  await expect(banner).toContainText('los cambios se guardan solo en memoria y se perderán al cerrar la página')

  const editor = resultEditor(page)
  await expect(editor).toHaveValue(metas[3]!.cells.result)
  await editor.fill('Corrección que solo vive en memoria')
  await editor.press('Control+Enter')
  await expect(banner).toContainText('1 cambio sin guardar.')
  await expect(saveIndicator(page)).not.toHaveText(/^Guardado/)
  // Still working: undo and redo go through the same in-memory log.
  await page.getByRole('button', { name: 'Deshacer' }).click()
  await expect(editor).toHaveValue(metas[3]!.cells.result)
  await expect(banner).not.toContainText('sin guardar.')
  await page.getByRole('button', { name: 'Rehacer' }).click()
  await expect(editor).toHaveValue('Corrección que solo vive en memoria')
  // One cell changed, though the log holds the edit, its undo and its redo.
  await expect(banner).toContainText('1 cambio sin guardar.')

  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Descargar cambios sin guardar' }).click()])
  expect(download.suggestedFilename()).toMatch(/^cambios-sin-guardar-.*\.json$/)
  const saved = JSON.parse(readFileSync(await download.path(), 'utf-8')) as { edits: { meta: number; column: string; before: string; after: string }[] }
  expect(saved.edits.at(-1)).toMatchObject({ meta: 3, column: 'result', after: 'Corrección que solo vive en memoria' })
  expect(saved.edits[0]).toMatchObject({ meta: 3, column: 'result', before: metas[3]!.cells.result, after: 'Corrección que solo vive en memoria' })
})
