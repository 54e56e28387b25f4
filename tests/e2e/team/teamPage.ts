/** How a person works with a shared report in the browser: open it from the server's list, edit a cell, read the save indicator. */
import { expect, type Locator, type Page } from '@playwright/test'
import { metaValues } from '../../../src/report/metaValues'
import { formatNumber } from '../../../src/report/numbers'
import { seedReport } from '../../fixtures/seedReport'
import { cell, defaultColumnIndex, row } from '../grid/gridPage'

const seed = seedReport()
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The report's entry in the list of shared reports: its entity and year. */
export const reportEntry = (page: Page) => page.getByRole('link', { name: new RegExp(`${escaped(seed.entity)}.*${seed.year}`) })

/** Opens the shared report from the server's list (/informes), as a signed-in person does; resolves once its grid shows rows. */
export async function openSharedReport(page: Page): Promise<void> {
  await page.goto('/informes')
  await expect(page.getByRole('heading', { name: 'Informes compartidos' })).toBeVisible()
  await reportEntry(page).click()
  await expect(row(page, 0)).toBeVisible()
}

/** The achieved total of the meta at this position of the default view (the report's order). */
export const achievedCell = (page: Page, index: number): Locator => cell(page, index, defaultColumnIndex('achieved'))

/** The achieved total of a meta of the seed as the grid shows it before any edit. */
export const achievedBefore = (index: number): string => formatNumber(metaValues(seed.metas[index]!).achieved)

/** Types a new achieved total into the meta's cell, as a person does, and confirms it with Enter. */
export async function typeAchieved(page: Page, index: number, value: string): Promise<void> {
  // As a person waits for the cell to take input (its meta's unit, a new round, may still be arriving).
  await expect(achievedCell(page, index)).not.toHaveAttribute('aria-readonly', 'true')
  await achievedCell(page, index).click()
  await page.keyboard.type(value)
  await page.keyboard.press('Enter')
  await expect(achievedCell(page, index)).toHaveText(value)
}

export const saveIndicator = (page: Page) => page.getByRole('toolbar', { name: 'Borradores' }).getByRole('status')

/** The description of a cell someone edited in team mode: "Editado por Ana Pérez el 1/12/2026 10:32: 20 → 29,5". */
export const editedBy = (name: string, from: string, to: string) =>
  new RegExp(`^Editado por ${escaped(name)} el \\d{1,2}/\\d{1,2}/\\d{4},? \\d{1,2}:\\d{2}: ${escaped(from)} → ${escaped(to)}$`)
