import { expect, test } from '@playwright/test'
import { formatNumber } from '../../../src/report/numbers'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { watchConsoleErrors } from '../consoleGuard'
import { seedReport } from '../../fixtures/seedReport'
import { activeCell, cell, defaultColumnIndex as col, grid, openGrid, row, showColumn, shownNumber } from './gridPage'

const seed = seedReport()

test('arrows, Home/End, PageDown and Ctrl+Home/End move a visible active cell', async ({ page }) => {
  await openGrid(page)
  await cell(page, 0, 0).click()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowRight')
  await expect(await activeCell(page)).toHaveText(seed.metas[1].cells.description.trim())
  await page.keyboard.press('End')
  await expect(await activeCell(page)).toHaveAttribute('aria-colindex', String(DEFAULT_COLUMNS.length))
  await expect(await activeCell(page)).toBeInViewport()
  await page.keyboard.press('Home')
  await page.keyboard.press('PageDown')
  const afterPage = await (await activeCell(page)).locator('xpath=ancestor::*[@role="row"]').getAttribute('aria-rowindex')
  expect(Number(afterPage)).toBeGreaterThan(4)
  await page.keyboard.press('Control+End')
  const last = await activeCell(page)
  await expect(last.locator('xpath=ancestor::*[@role="row"]')).toHaveAttribute('aria-rowindex', String(seed.metas.length + 1))
  await expect(last).toBeInViewport()
  await page.keyboard.press('Control+Home')
  await expect(await activeCell(page)).toHaveText(seed.metas[0].cells.no)
  // The focus ring is drawn on the active cell while the grid has focus.
  const ring = await (await activeCell(page)).evaluate((el) => getComputedStyle(el).boxShadow)
  expect(ring).not.toBe('none')
})

test('typing 89,65 into a planned total stores 89,65, marks the cell edited and keeps it after a reload', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await openGrid(page)
  await cell(page, 0, col('planned')).click()
  await page.keyboard.type('89,65')
  await page.keyboard.press('Enter')
  const edited = cell(page, 0, col('planned'))
  await expect(edited).toHaveText('89,65')
  const before = shownNumber(seed.metas[0].cells.planned)
  await expect(edited).toHaveAccessibleDescription(`Editado: ${before} → 89,65`)
  await expect(cell(page, 0, col('percent')).getByLabel(/No coincide con el total cumplido/)).toBeVisible()
  await page.reload()
  await expect(cell(page, 0, col('planned'))).toHaveText('89,65')
  checkConsole()
})

test('a value that is not a number keeps the editor open with a message; Escape leaves the cell as it was', async ({ page }) => {
  await openGrid(page)
  const target = cell(page, 2, col('achieved'))
  const before = (await target.textContent()) ?? ''
  await target.dblclick()
  const editor = page.getByRole('textbox', { name: 'Editando Total cumplido' })
  await editor.fill('doce')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toContainText('No es un número')
  await expect(editor).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  await expect(target).toHaveText(before)
})

test('the long-text editor takes accents and line breaks, and Enter saves', async ({ page }) => {
  await openGrid(page)
  await showColumn(page, col('indicator'))
  await cell(page, 1, col('indicator')).click()
  await page.keyboard.press('F2')
  const editor = page.getByRole('textbox', { name: 'Editando Indicador' })
  await page.keyboard.press('End')
  await page.keyboard.insertText(' — revisión')
  await page.keyboard.press('Alt+Enter')
  await page.keyboard.insertText('segunda línea')
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect(cell(page, 1, col('indicator'))).toContainText('— revisión')
  await expect(cell(page, 1, col('indicator'))).toContainText('segunda línea')
})

test('copying a range gives tab-separated text; pasting a block edits each cell and refuses what is not a number', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openGrid(page)
  await cell(page, 0, col('planned')).click()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Control+c')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  const expected = [0, 1].map((r) => [seed.metas[r].cells.planned, seed.metas[r].cells.achieved].map(shownNumber).join('\t'))
  expect(copied).toBe(expected.join('\n'))

  await cell(page, 3, col('planned')).click()
  await page.evaluate(() => navigator.clipboard.writeText('1.234,5\t33,3\r\nabc\t0,5\r\n'))
  await page.keyboard.press('Control+v')
  await expect(cell(page, 3, col('planned'))).toHaveText(formatNumber(1234.5))
  await expect(cell(page, 3, col('achieved'))).toHaveText('33,3')
  await expect(cell(page, 4, col('achieved'))).toHaveText('0,5')
  await expect(page.getByText(`Se pegaron 3 celdas; 1 no válida no se pegó: meta ${seed.metas[4].cells.no.trim()} · Total planificado.`)).toBeAttached()
  await expect(grid(page)).toBeFocused()
  await expect(row(page, 4)).toBeVisible()
})
