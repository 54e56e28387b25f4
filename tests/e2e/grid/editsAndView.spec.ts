import { expect, test } from '@playwright/test'
import { metaValues } from '../../../src/report/metaValues'
import { formatNumber } from '../../../src/report/numbers'
import { seedReport } from '../../fixtures/seedReport'
import { cell, defaultColumnIndex as col, header, openGrid } from './gridPage'

const seed = seedReport()

test('an edited row stays in place under the sort until the view is reapplied', async ({ page }) => {
  await openGrid(page, '/?sort=-planned')
  const top = [...seed.metas].sort((a, b) => (metaValues(b).planned ?? -Infinity) - (metaValues(a).planned ?? -Infinity))[0]
  await expect(cell(page, 0, 0)).toHaveText(top.cells.no)
  await cell(page, 0, col('planned')).click()
  await page.keyboard.type('1')
  await page.keyboard.press('Enter')
  await expect(cell(page, 0, col('planned'))).toHaveText('1')
  await expect(cell(page, 0, 0)).toHaveText(top.cells.no)
  await page.getByRole('button', { name: 'Reaplicar orden y filtros' }).click()
  await expect(cell(page, 0, 0)).not.toHaveText(top.cells.no)
})

test('sorting and filtering after an edit keep the undo history', async ({ page }) => {
  await openGrid(page)
  const before = formatNumber(metaValues(seed.metas[0]).achieved)
  await cell(page, 0, col('achieved')).click()
  await page.keyboard.type('77')
  await page.keyboard.press('Enter')
  await expect(cell(page, 0, col('achieved'))).toHaveText('77')
  await header(page, 'Cumplimiento').getByRole('button', { name: 'Cumplimiento', exact: true }).click()
  await header(page, 'N.º de meta').getByRole('button', { name: 'N.º de meta', exact: true }).click()
  // The first meta's own words keep it in the view, and sorted by number it is the first row.
  await page.getByRole('searchbox', { name: 'Buscar en las metas' }).fill('servicios digitales')
  await expect(cell(page, 0, 0)).toHaveText(seed.metas[0].cells.no)
  await page.getByRole('button', { name: 'Deshacer' }).click()
  await expect(cell(page, 0, col('achieved'))).toHaveText(before)
})
