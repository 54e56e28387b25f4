import { expect, type Locator, type Page } from '@playwright/test'
import { formatNumber } from '../../../src/report/numbers'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'

export const grid = (page: Page) => page.getByRole('grid', { name: 'Metas del informe' })

/** A data row by position in the view (0 = first meta row). */
export const row = (page: Page, index: number) => grid(page).locator(`[role="row"][aria-rowindex="${index + 2}"]`)

/** A cell by row and column position (0-based); a row renders only the columns in sight sideways (see showColumn). */
export const cell = (page: Page, index: number, column: number) => row(page, index).locator(`[role="gridcell"][aria-colindex="${column + 1}"]`)

/** Scrolls the grid sideways until a column is in sight, as a user would: only then do its cells render. */
export async function showColumn(page: Page, column: number) {
  await grid(page)
    .locator(`[role="columnheader"][aria-colindex="${column + 1}"]`)
    .scrollIntoViewIfNeeded()
}

export const header = (page: Page, name: string) =>
  grid(page)
    .getByRole('columnheader')
    .filter({ has: page.getByRole('button', { name, exact: true }) })

/** The cell aria-activedescendant points at (once its row is rendered after a scroll). */
export async function activeCell(page: Page): Promise<Locator> {
  await expect(grid(page)).toHaveAttribute('aria-activedescendant', /.+/)
  const id = await grid(page).getAttribute('aria-activedescendant')
  return page.locator(`[id="${id}"]`)
}

export async function openGrid(page: Page, url = '/') {
  await page.goto(url)
  await expect(row(page, 0)).toBeVisible()
}

/** Where a column stands in the grid's default layout (the URL names no columns). */
export const defaultColumnIndex = (key: (typeof DEFAULT_COLUMNS)[number]) => DEFAULT_COLUMNS.indexOf(key)

/** A number of the report as the grid shows it: the report's text read the Ecuadorian way, then formatted. */
export const shownNumber = (reportText: string) => formatNumber(Number(reportText.replace(/\./g, '').replace(',', '.')))
