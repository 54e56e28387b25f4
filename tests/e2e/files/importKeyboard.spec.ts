import { expect, test, type FileChooser } from '@playwright/test'
import { parseReport } from '../../../src/report/parseReport'
import { seedReport, seedText } from '../../fixtures/seedReport'

const seed = seedReport()

const BAD_FILES: readonly { readonly name: string; readonly buffer: Buffer }[] = [
  { name: 'vacio.txt', buffer: Buffer.alloc(0) },
  { name: 'foto.txt', buffer: Buffer.from(Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256)) },
  { name: 'notas.csv', buffer: Buffer.from('nombre;valor\nuno;1\ndos;2\n', 'utf-8') },
  { name: 'cortado.csv', buffer: Buffer.from(`${seedText().split('\n').slice(0, 12).join('\n').replace(/\t/g, ';')}\n1;"texto sin cerrar`, 'utf-8') },
]

test('a failed import, by keyboard only: focus back on "Elegir archivo…", Tab kept in the dialog, Escape closes it', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(seed.entity)
  const importButton = page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' })
  // One listener for the whole test: Playwright turns file chooser interception on asynchronously
  // when a listener is added, and a single key press can beat a fresh waitForEvent to it.
  const choosers: FileChooser[] = []
  page.on('filechooser', (chooser) => choosers.push(chooser))
  await page.evaluate(() => 0)
  for (const file of BAD_FILES) {
    const parsed = parseReport(new Uint8Array(file.buffer), file.name)
    if (parsed.ok) throw new Error(`${file.name} parses`)
    await importButton.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Importar un informe' })
    const choose = dialog.getByRole('button', { name: 'Elegir archivo…' })
    await expect(choose).toBeFocused()
    await page.keyboard.press('Enter')
    await expect.poll(() => choosers.length).toBe(BAD_FILES.indexOf(file) + 1)
    await choosers.at(-1)!.setFiles({ name: file.name, mimeType: 'text/plain', buffer: file.buffer })
    await expect(dialog.getByRole('alert')).toHaveText(`No se pudo importar «${file.name}»: ${parsed.error.message.es}`)
    await expect(choose).toBeFocused()
    await expect(choose).toHaveAccessibleDescription(new RegExp(parsed.error.message.es.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(importButton).toBeFocused()
  }
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(seed.entity)
})
