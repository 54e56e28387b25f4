import { expect, test, type Page } from '@playwright/test'
import { checkReport } from '../../../src/report/findings'
import { watchConsoleErrors } from '../consoleGuard'
import { header } from '../grid/gridPage'
import { seedMetaRows, seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
const findings = checkReport(seed)
const count = (rule: string) => findings.filter((f) => f.rule === rule).length
const metaNo = (no: string) => seed.metas.find((m) => m.cells.no === no)!

const side = (page: Page) => page.getByRole('complementary', { name: 'Panel lateral' })
const findingsTab = (page: Page, open: number) => side(page).getByRole('tab', { name: `Hallazgos ${open}` })
const group = (page: Page, name: string) => side(page).getByRole('button', { name: new RegExp(`^${name} \\(`) })

test('a fix-all empties its rule’s group, and one undo brings every cell back', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  const markup = count('markupResidue')
  // The meta panel shows meta 29, one of the two metas with HTML in their result.
  await page.goto(`/?meta=${metaNo('29').id + 1}`)
  await side(page)
    .getByRole('tab', { name: /Hallazgos/ })
    .click()
  await group(page, 'Restos de HTML').click()
  await side(page)
    .getByRole('button', { name: `Corregir todos los hallazgos «Restos de HTML» de la vista (${markup})` })
    .click()
  const preview = side(page).getByRole('group', { name: 'Corrección de todos los hallazgos «Restos de HTML»' })
  await expect(preview.getByText(`Se corregirán ${markup} hallazgos (${markup} celdas)`, { exact: false })).toBeVisible()
  await expect(preview.getByRole('deletion').first()).toContainText('<p>')
  await preview.getByRole('button', { name: `Aplicar a ${markup}` }).click()
  await expect(group(page, 'Restos de HTML')).toHaveCount(0)
  await expect(findingsTab(page, findings.length - markup)).toBeVisible()

  const result = side(page).getByRole('textbox', { name: 'Descripción del resultado' })
  await side(page).getByRole('tab', { name: 'Meta' }).click()
  await expect(result).not.toHaveValue(/<p>/)
  await page.keyboard.press('Control+z')
  await expect(result).toHaveValue(metaNo('29').cells.result)
  await expect(findingsTab(page, findings.length)).toBeVisible()
  checkConsole()
})

test('by keyboard, the shifted row is realigned from its finding, and the fix survives a reload', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  const raw = seedMetaRows().find((r) => r[3] === '54')!
  await page.goto(`/?meta=${metaNo('54').id + 1}`)
  await side(page)
    .getByRole('tab', { name: /Hallazgos/ })
    .focus()
  await page.keyboard.press('Enter')
  await group(page, 'Fila corrida').focus()
  await page.keyboard.press('Enter')
  await side(page).getByRole('button', { name: 'Realinear la fila…' }).focus()
  await page.keyboard.press('Enter')
  const preview = side(page).getByRole('group', { name: 'Corrección de la meta 54' })
  await expect(preview.getByRole('listitem')).toHaveCount(7)
  // Apply has the focus: Enter applies, and focus goes to the notice's Undo.
  await expect(preview.getByRole('button', { name: 'Aplicar' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(side(page).getByRole('button', { name: 'Deshacer' })).toBeFocused()
  await expect(group(page, 'Fila corrida')).toHaveCount(0)
  await expect(page.getByText('Guardado', { exact: true })).toBeVisible()

  await page.reload()
  await side(page).getByRole('tab', { name: 'Meta' }).click()
  // The description and the indicator are the texts the source has one column further right.
  const fields = side(page).getByRole('definition')
  await expect(fields.filter({ hasText: raw[5]! })).toHaveCount(1)
  await expect(fields.filter({ hasText: raw[6]! })).toHaveCount(1)
  // Meta 54's findings came from the shift; the one left is its contribution, which the source never had.
  const of54 = findings.filter((f) => f.no === '54').length
  await expect(findingsTab(page, findings.length - of54 + 1)).toBeVisible()
  checkConsole()
})

test('merging the competence-type cluster leaves only two values in its facet', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await page.goto('/')
  const filterButton = header(page, 'Tipo de competencia').getByRole('button', { name: 'Filtrar Tipo de competencia' })
  const facet = page.getByRole('dialog', { name: 'Filtrar Tipo de competencia' })
  await filterButton.click()
  await expect(facet.getByRole('checkbox')).toHaveCount(3)
  await page.keyboard.press('Escape')

  await side(page)
    .getByRole('tab', { name: /Hallazgos/ })
    .click()
  await side(page).getByRole('button', { name: 'Agrupar variantes…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Agrupar variantes' })
  await expect(dialog.getByRole('status')).toHaveText('1 grupo entre 3 valores distintos.')
  const cluster = dialog.getByRole('group', { name: 'Grupo 1: 89 metas' })
  await expect(cluster.getByRole('listitem')).toHaveText(['CONCURRENTE (86 metas)', 'CONCURRENTES (3 metas)'])
  await cluster.getByRole('button', { name: 'Fusionar este grupo' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Se fusionó 1 grupo: 3 celdas cambiadas. Se deshace en un paso. No hay variantes en esta columna con este método.')
  await dialog.getByRole('button', { name: 'Cerrar' }).click()

  await filterButton.click()
  await expect(facet.getByRole('checkbox')).toHaveCount(2)
  await expect(facet.getByRole('checkbox', { name: /^CONCURRENTE: 89$/ })).toBeVisible()
  checkConsole()
})
