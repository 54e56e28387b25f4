import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { expect, test, type Download, type Page } from '@playwright/test'
import { columnDef } from '../../../src/report/columns'
import { parseNumber } from '../../../src/report/numbers'
import { splitRecords } from '../../../src/report/splitRecords'
import { foldText } from '../../../src/report/textFold'
import type { ColumnKey, Meta } from '../../../src/report/types'
import { watchConsoleErrors } from '../consoleGuard'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()

const num = (text: string): number | null => {
  const n = parseNumber(text)
  return n.ok ? n.value : null
}

/** What a typed export holds for a number cell: the number, or the text when it is not one (blank: nothing). */
const typed = (text: string): number | string | null => {
  const n = parseNumber(text)
  return n.ok ? n.value : text
}

// The view under test: a shared link sets the columns and a "under 80 %" filter; the user then
// searches "agua" and sorts by planned total, highest first, in the grid.
const COLUMNS: ColumnKey[] = ['no', 'percent', 'planned', 'description']
const LINK = '/?cols=no,percent,planned,description&percent=..79.99'
const SEARCH = 'agua'

/** The same view worked out plainly from the seed: filter, search, then sort (ties in report order). */
function expectedRows(): Meta[] {
  return seed.metas
    .filter((m) => {
      const p = num(m.cells.percent)
      return p !== null && p <= 79.99 && Object.values(m.cells).some((c) => foldText(c).includes(SEARCH))
    })
    .sort((a, b) => (num(b.cells.planned) ?? -Infinity) - (num(a.cells.planned) ?? -Infinity) || a.id - b.id)
}

async function openView(page: Page) {
  await page.goto(LINK)
  await page.getByRole('searchbox', { name: 'Buscar en las metas' }).fill(SEARCH)
  const planned = page.getByRole('columnheader', { name: /Total planificado/ })
  await planned.getByRole('button', { name: 'Total planificado', exact: true }).click()
  await planned.getByRole('button', { name: 'Total planificado', exact: true }).click()
  await expect(planned).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByRole('contentinfo')).toContainText(`${expectedRows().length} de ${seed.metas.length} metas`)
}

async function exportAs(page: Page, format: string): Promise<Download> {
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Exportar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Exportar la vista' })
  await dialog.getByRole('radio', { name: format }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportar' }).click()])
  await expect(dialog.getByRole('status')).toContainText('Descargado')
  await dialog.getByRole('button', { name: 'Cerrar' }).first().click()
  return download
}

test('exporting a filtered, sorted view to XLSX gives exactly its rows and columns in order', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await openView(page)
  const download = await exportAs(page, 'Excel (XLSX)')
  expect(download.suggestedFilename()).toMatch(/_vista-filtrada_\d{4}-\d{2}-\d{2}\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  const file = readFileSync(await download.path())
  await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const expected = expectedRows()
  expect(expected.length).toBeGreaterThan(2)
  expect(sheet.rowCount).toBe(expected.length + 1)
  expect(COLUMNS.map((_, c) => sheet.getRow(1).getCell(c + 1).value)).toEqual(COLUMNS.map((k) => columnDef(k).label.es))
  expected.forEach((meta, i) => {
    const row = sheet.getRow(i + 2)
    expect(row.getCell(1).value).toBe(typed(meta.cells.no))
    expect(row.getCell(2).value as number).toBeCloseTo((num(meta.cells.percent) ?? 0) / 100, 12)
    expect(row.getCell(3).value).toBe(typed(meta.cells.planned))
    expect(row.getCell(4).value ?? '').toBe(meta.cells.description)
  })
  expect(workbook.worksheets[1]!.getColumn(2).values).toContain(seed.entity)
  checkConsole()
})

test('exporting the same view to CSV with semicolons gives exactly its rows and columns in order', async ({ page }) => {
  await openView(page)
  const download = await exportAs(page, 'CSV con punto y coma (Excel en español)')
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const split = splitRecords(new TextDecoder().decode(bytes.subarray(3)), ';')
  expect(split.unterminatedAt).toBeUndefined()
  const records = split.records
  const expected = expectedRows()
  expect(records.length).toBe(expected.length + 1)
  expect(records[0]!.cells).toEqual(COLUMNS.map((k) => columnDef(k).label.es))
  expected.forEach((meta, i) => {
    const cells = records[i + 1]!.cells
    expect(typed(cells[0]!)).toBe(typed(meta.cells.no))
    expect(num(cells[1]!)).toBeCloseTo(num(meta.cells.percent) ?? 0, 9)
    expect(typed(cells[2]!)).toBe(typed(meta.cells.planned))
    expect(cells[3]).toBe(meta.cells.description)
  })
})
