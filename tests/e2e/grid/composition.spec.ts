import { expect, test } from '@playwright/test'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { cell, openGrid, showColumn } from './gridPage'

test('a dead key then a letter types á into the cell, and the Enter that ends a composition does not save', async ({ page }) => {
  await openGrid(page)
  await showColumn(page, DEFAULT_COLUMNS.indexOf('indicator'))
  const target = cell(page, 2, DEFAULT_COLUMNS.indexOf('indicator'))
  await target.click()
  const cdp = await page.context().newCDPSession(page)
  // What a Spanish keyboard sends for ´: a dead key, then a composition the next letter completes.
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Dead', code: 'Quote', windowsVirtualKeyCode: 222 })
  const editor = page.getByRole('textbox', { name: 'Editando Indicador' })
  await expect(editor).toBeFocused()
  await expect(editor).toHaveValue('')
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 })
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 })
  await expect(editor).toBeVisible()
  await cdp.send('Input.insertText', { text: 'á' })
  await page.keyboard.type('rbol')
  await expect(editor).toHaveValue('árbol')
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect(target).toHaveText('árbol')
})
