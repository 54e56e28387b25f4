import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { formatPercent } from '../../../src/report/numbers'
import { budgetFraction, LAYOUT_COLUMNS, LAYOUT_ENTITY, LAYOUT_METAS, LAYOUT_SHEET, layoutMetas, otherLayoutWorkbook } from '../../fixtures/otherLayoutWorkbook'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { cell, defaultColumnIndex, showColumn, shownNumber } from '../grid/gridPage'

const FILE_NAME = 'metas-2021.xlsx'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const heading = (page: Page) => page.getByRole('banner').getByRole('heading', { level: 1 })

async function importWorkbook(page: Page, name: string, bytes: Uint8Array) {
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importar un informe' })
  await dialog.getByLabel('Archivo del informe (TSV, CSV o XLSX)').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) })
  return dialog
}

/** Metas checked by number, in the rows the grid shows first: 2 (over 100 %), 4, 5 (0 %) and 6. */
const CHECKED = [1, 3, 4, 5]

test('an XLSX of another layout goes through the mapping step; with one match corrected the grid shows its values, and the same form opens again without asking', async ({
  page,
}) => {
  const metas = layoutMetas()
  await page.goto('/')
  await expect(heading(page)).toHaveText(seedReport().entity)
  await importWorkbook(page, FILE_NAME, await otherLayoutWorkbook())

  const mapping = page.getByRole('dialog', { name: `Columnas de «${FILE_NAME}»` })
  await expect(mapping.getByRole('combobox', { name: 'Hoja' }).locator('option:checked')).toHaveText(`${LAYOUT_SHEET} (${LAYOUT_METAS + 3} filas)`)
  const fulfillment = mapping.getByRole('combobox', { name: 'Cumplimiento' })
  await expect(fulfillment.locator('option:checked')).toHaveText('I: % de cumplimiento presupuestario')
  const preview = mapping.getByRole('table', { name: 'Vista previa: las 20 primeras metas como se leerán' })
  // Meta 2 sits in sheet row 5; "Cumplimiento" is the preview's fulfillment column.
  const previewFulfillment = preview
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '5', exact: true }) })
    .getByRole('cell')
    .nth(8)
  await expect(previewFulfillment).toHaveText(`${Math.round(budgetFraction(1) * 100)}%`)
  await fulfillment.selectOption({ label: 'J: Avance físico' })
  await expect(previewFulfillment).toHaveText(metas[1]!.cells.percent)
  await mapping.getByRole('button', { name: 'Abrir con estas columnas' }).click()

  await expect(heading(page)).toHaveText(LAYOUT_ENTITY)
  await expect(page.getByRole('banner').getByText(`${LAYOUT_METAS} metas`)).toBeVisible()
  for (const i of CHECKED) {
    const meta = metas[i]!
    await expect(cell(page, i, defaultColumnIndex('no'))).toHaveText(meta.cells.no)
    await expect(cell(page, i, defaultColumnIndex('planned'))).toHaveText(shownNumber(meta.cells.planned))
    await expect(cell(page, i, defaultColumnIndex('achieved'))).toHaveText(shownNumber(meta.cells.achieved))
    await expect(cell(page, i, defaultColumnIndex('percent'))).toContainText(formatPercent(Number(meta.cells.percent.replace('%', '').replace(',', '.'))))
  }
  // The budget column, the file's own, stays as an extra column after the report's.
  await showColumn(page, DEFAULT_COLUMNS.length)
  for (const i of CHECKED) await expect(cell(page, i, DEFAULT_COLUMNS.length)).toHaveText(`${Math.round(budgetFraction(i) * 100)}%`)
  await expect(page.getByRole('grid', { name: 'Metas del informe' }).getByRole('columnheader').nth(DEFAULT_COLUMNS.length)).toHaveText('% de cumplimiento presupuestario')

  // A shorter file of the same form, then the same file again: both open without the mapping step
  // (an import that opens a workspace closes its dialog with the page it was on).
  for (const [name, count] of [
    ['metas-2021-parcial.xlsx', 25],
    [FILE_NAME, LAYOUT_METAS],
  ] as const) {
    const dialog = await importWorkbook(page, name, await otherLayoutWorkbook(count))
    await expect(page.getByRole('banner').getByText(`${count} metas`)).toBeVisible()
    await expect(dialog).toHaveCount(0)
    await expect(mapping).toHaveCount(0)
    await showColumn(page, defaultColumnIndex('percent'))
    await expect(cell(page, 1, defaultColumnIndex('percent'))).toContainText('140,60 %')
  }
})

test('a report read through a mapping is published back in its own layout, with an edit in its cell', async ({ page }) => {
  await page.goto('/')
  await importWorkbook(page, FILE_NAME, await otherLayoutWorkbook())
  const mapping = page.getByRole('dialog', { name: `Columnas de «${FILE_NAME}»` })
  await mapping.getByRole('combobox', { name: 'Cumplimiento' }).selectOption({ label: 'J: Avance físico' })
  await mapping.getByRole('button', { name: 'Abrir con estas columnas' }).click()
  await expect(heading(page)).toHaveText(LAYOUT_ENTITY)

  const achieved = cell(page, 0, defaultColumnIndex('achieved'))
  await achieved.dblclick()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('2,5')
  await page.keyboard.press('Enter')
  await expect(achieved).toHaveAttribute('aria-description', /.+/)

  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Publicar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Publicar el informe corregido' })
  await dialog.getByRole('button', { name: 'Generar los archivos' }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Descargar Informe corregido (XLSX)' }).click()])
  const load = async (bytes: Uint8Array) => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    return book
  }
  const written = await load(new Uint8Array(readFileSync(await download.path())))
  const original = await load(await otherLayoutWorkbook())
  expect(written.worksheets.map((s) => s.name)).toEqual(original.worksheets.map((s) => s.name))
  const values = (book: ExcelJS.Workbook) => {
    const sheet = book.getWorksheet(LAYOUT_SHEET)!
    return Array.from({ length: sheet.rowCount }, (_, r) => LAYOUT_COLUMNS.map((_, c) => sheet.getRow(r + 1).getCell(c + 1).value ?? null))
  }
  const before = values(original)
  const after = values(written)
  const diffs = after.flatMap((cells, r) => cells.flatMap((v, c) => (v === before[r]![c] ? [] : [[r + 1, c + 1, v]])))
  // Meta 1 is sheet row 4; "Ejecutado" is column H.
  expect(diffs).toEqual([[4, 8, 2.5]])
})
