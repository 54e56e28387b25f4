import { expect, test } from '@playwright/test'
import { metaValues } from '../../../src/report/metaValues'
import { formatNumber, formatPercent } from '../../../src/report/numbers'
import { foldText, foldLoose } from '../../../src/report/textFold'
import { watchConsoleErrors } from '../consoleGuard'
import { seedReport } from '../../fixtures/seedReport'
import { cell, grid, header, openGrid, row } from './gridPage'

const seed = seedReport()
const total = seed.metas.length
const percents = seed.metas.map((m) => metaValues(m).percent).filter((p): p is number => p !== null)
const count = (n: number) => `${formatNumber(n)} de ${formatNumber(total)} metas`

test('clicking Cumplimiento sorts by percentage as numbers, highest first on the second click', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await openGrid(page)
  const percentHeader = header(page, 'Cumplimiento')
  await percentHeader.getByRole('button', { name: 'Cumplimiento', exact: true }).click()
  await expect(percentHeader).toHaveAttribute('aria-sort', 'ascending')
  await percentHeader.getByRole('button', { name: 'Cumplimiento', exact: true }).click()
  await expect(percentHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(row(page, 0)).toContainText(formatPercent(Math.max(...percents)))
  await expect(row(page, 1)).toContainText(formatPercent([...percents].sort((a, b) => b - a)[1]))
  checkConsole()
})

test('searching "gestion" finds GESTIÓN, highlights it and the status bar counts the view', async ({ page }) => {
  await openGrid(page)
  await page.getByRole('searchbox', { name: 'Buscar en las metas' }).fill('gestion')
  const expected = seed.metas.filter((m) => Object.values(m.cells).some((c) => foldText(c).includes('gestion'))).length
  await expect(page.getByRole('contentinfo').getByText(count(expected))).toBeVisible()
  const firstMark = grid(page).locator('mark').first()
  await expect(firstMark).toBeVisible()
  expect(foldText((await firstMark.textContent()) ?? '')).toBe('gestion')
})

test('an objective facet shows its count, filters the grid, survives a reload and Back undoes it', async ({ page }) => {
  await openGrid(page)
  const objective = seed.metas[0].cells.objective
  const expected = seed.metas.filter((m) => foldLoose(m.cells.objective) === foldLoose(objective)).length
  await header(page, 'Objetivo del plan de desarrollo').getByRole('button', { name: 'Filtrar Objetivo del plan de desarrollo' }).click()
  const dialog = page.getByRole('dialog', { name: 'Filtrar Objetivo del plan de desarrollo' })
  await dialog.getByRole('checkbox', { name: `${objective.trim()}: ${expected}` }).check()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('contentinfo').getByText(count(expected))).toBeVisible()
  await expect(page.getByRole('button', { name: 'Quitar el filtro Objetivo del plan de desarrollo' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('contentinfo').getByText(count(expected))).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('contentinfo').getByText(count(total))).toBeVisible()
})

test('a shared link reopens the same columns, order and range filter', async ({ page }) => {
  await openGrid(page, '/?cols=no,percent,description&sort=-percent&percent=..80')
  const headers = grid(page).getByRole('columnheader')
  await expect(headers).toHaveCount(3)
  await expect(headers.nth(1)).toHaveAttribute('aria-sort', 'descending')
  const expected = percents.filter((p) => p <= 80)
  await expect(page.getByRole('contentinfo').getByText(count(expected.length))).toBeVisible()
  await expect(cell(page, 0, 1)).toHaveText(formatPercent(Math.max(...expected)))
})

test('a link naming a meta scrolls the grid to it and makes it the active row', async ({ page }) => {
  const meta = seed.metas[300]
  await page.goto(`/?meta=${meta.id + 1}`)
  const target = row(page, 300)
  await expect(target).toBeInViewport()
  await expect(target).toHaveAttribute('aria-selected', 'true')
  await expect(target.getByRole('gridcell').first()).toHaveText(meta.cells.no)
})
