import { expect, test, type Locator } from '@playwright/test'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { activeCell, cell, grid, header, openGrid, row } from './gridPage'

const seed = seedReport()
const LAST = DEFAULT_COLUMNS.length - 1

const left = async (locator: Locator) => (await locator.boundingBox())!.x

test('scrolled sideways, each cell stands under its header and the frozen columns stay; the cells out of sight are not drawn', async ({ page }) => {
  await openGrid(page)
  await expect(grid(page)).toHaveAttribute('aria-colcount', String(DEFAULT_COLUMNS.length))
  // The grid is narrower than its columns: a row renders those in sight, each with its column's position.
  const drawn = await row(page, 0).getByRole('gridcell').count()
  expect(drawn).toBeLessThan(DEFAULT_COLUMNS.length)
  await expect(cell(page, 0, LAST)).toHaveCount(0)

  await grid(page).evaluate((el) => el.scrollBy(el.scrollWidth, 0))
  await expect(cell(page, 0, LAST)).toHaveText(seed.metas[0].cells.contribution.trim())
  const lastHeader = header(page, 'Aporte al plan de desarrollo')
  await expect(lastHeader).toBeInViewport()
  expect(await left(cell(page, 0, LAST))).toBeCloseTo(await left(lastHeader), 0)
  // The frozen meta number and description stay at the left edge, with their text.
  await expect(cell(page, 0, 0)).toHaveText(seed.metas[0].cells.no)
  expect(await left(cell(page, 0, 0))).toBeCloseTo(await left(header(page, 'N.º de meta')), 0)
  expect(await left(cell(page, 0, 1))).toBeCloseTo(await left(header(page, 'Descripción de la meta')), 0)
  expect(await row(page, 0).getByRole('gridcell').count()).toBeLessThan(DEFAULT_COLUMNS.length)

  // Back to the left edge, the first columns are drawn again, in their places.
  await grid(page).evaluate((el) => el.scrollTo(0, 0))
  await expect(cell(page, 0, 2)).toBeInViewport()
  expect(await left(cell(page, 0, 2))).toBeCloseTo(await left(header(page, 'Total planificado')), 0)
})

test('End moves to the last column: the cell is drawn, in sight, and is the active one; the active row is coloured under its frozen cells too', async ({ page }) => {
  await openGrid(page)
  await cell(page, 3, 0).click()
  await page.keyboard.press('End')
  const active = await activeCell(page)
  await expect(active).toHaveAttribute('aria-colindex', String(LAST + 1))
  await expect(active).toHaveText(seed.metas[3].cells.contribution.trim())
  await expect(active).toBeInViewport()
  await page.keyboard.press('Home')
  await expect(await activeCell(page)).toHaveText(seed.metas[3].cells.no)
  // The active row's colour runs under its frozen cells too, scrolled sideways or not.
  await page.mouse.move(0, 0)
  const background = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor)
  const activeRow = await background(row(page, 3))
  expect(activeRow).not.toBe(await background(row(page, 4)))
  expect(await background(cell(page, 3, 1))).toBe(activeRow)
})
