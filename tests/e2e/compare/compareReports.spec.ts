import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { columnDef } from '../../../src/report/columns'
import { formatNumber, parseNumber } from '../../../src/report/numbers'
import { compareMessages } from '../../../src/ui/i18n/compareMessages'
import { editedSeedText, type CellEditSpec } from '../../fixtures/seedCopies'
import { seedReport } from '../../fixtures/seedReport'
import { watchConsoleErrors } from '../consoleGuard'

const t = compareMessages.es
const seed = seedReport()
const COPY_FILE = 'rendicion-2020-corregida.txt'

// A corrected copy as a secretariat sends it back: two figures, a narrative and a description changed.
const edits: CellEditSpec[] = [
  { meta: 1, column: 'achieved', after: '650' },
  { meta: 1, column: 'result', after: `${seed.metas[1]!.cells.result} Cifra revisada con la Secretaría.` },
  { meta: 30, column: 'planned', after: '12' },
  { meta: 200, column: 'description', after: `${seed.metas[200]!.cells.description} EN EL DMQ` },
]
const editedMetas = new Set(edits.map((e) => e.meta)).size

const number = (text: string) => {
  const n = parseNumber(text)
  if (!n.ok || n.value === null) throw new Error(`not a number: ${text}`)
  return n.value
}

async function importCopy(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importar un informe' })
  await dialog.getByLabel('Archivo del informe (TSV, CSV o XLSX)').setInputFiles({ name: COPY_FILE, mimeType: 'text/plain', buffer: Buffer.from(editedSeedText(edits), 'utf-8') })
  await expect(page.getByRole('combobox', { name: 'Informe abierto' })).toHaveValue(/.+/)
}

const count = (page: Page, label: string) => page.getByRole('region', { name: t.summaryRegion }).getByRole('listitem').filter({ hasText: label })

test('comparing the seed with an edited copy marks the changed cells, counts them and exports one XLSX row per change', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page)
  await page.goto('/')
  await expect(page.getByRole('grid', { name: 'Metas del informe' })).toBeVisible()
  await importCopy(page)
  await page.getByRole('link', { name: t.openCompare }).click()
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible()

  const picker = page.getByRole('region', { name: t.pickTitle })
  await picker.getByRole('combobox', { name: t.sides.a }).selectOption({ label: t.sourceOption(seed.year, seed.entity, 'rendicion-cuentas-2020-quito.txt', 'original') })
  await picker.getByRole('combobox', { name: t.sides.b }).selectOption({ label: t.sourceOption(seed.year, seed.entity, COPY_FILE, 'original') })
  await picker.getByRole('button', { name: t.compare }).click()

  await expect(count(page, t.counts.matched)).toHaveText(`${seed.metas.length} ${t.counts.matched}`)
  await expect(count(page, t.counts.changed)).toHaveText(`${editedMetas} ${t.counts.changed}`)
  await expect(count(page, t.counts.changedCells)).toHaveText(`${edits.length} ${t.counts.changedCells}`)
  await expect(count(page, t.counts.onlyA)).toHaveText(`0 ${t.counts.onlyA}`)

  await page.getByRole('combobox', { name: t.filterLabel }).selectOption({ label: t.filters.changed })
  const grid = page.getByRole('table', { name: t.gridLabel })
  await expect(grid.getByRole('row')).toHaveCount(1 + editedMetas)
  await expect(grid.getByRole('cell').filter({ hasText: `${t.changedMark}:` })).toHaveCount(edits.length)
  const achieved = edits[0]!
  const before = seed.metas[achieved.meta]!.cells.achieved
  const row = grid.getByRole('row').filter({ has: page.getByRole('button', { name: t.openRow(seed.metas[achieved.meta]!.cells.no), exact: true }) })
  const delta = number(achieved.after) - number(before)
  await expect(
    row
      .getByRole('cell')
      .filter({ hasText: `${t.changedMark}:` })
      .first(),
  ).toHaveText(`${t.changedMark}: ${formatNumber(number(before))} → ${formatNumber(number(achieved.after))} (${delta > 0 ? '+' : ''}${formatNumber(delta)})`)
  // The narrative's added words are marked as an insertion.
  await expect(row.getByRole('insertion')).toContainText('Cifra revisada con la Secretaría.')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportXlsx }).click()])
  expect(download.suggestedFilename()).toMatch(/^comparacion_.+\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(await download.path()).buffer as ArrayBuffer)
  const sheet = workbook.getWorksheet(t.sheetLabels.sheets.changes)!
  expect(sheet.rowCount).toBe(1 + edits.length)
  const rows = Array.from({ length: edits.length }, (_, i) => sheet.getRow(i + 2))
  expect(rows.map((r) => [r.getCell(1).value, r.getCell(4).value])).toEqual(edits.map((e) => [number(seed.metas[e.meta]!.cells.no), columnDef(e.column).label.es]))
  checkConsole()
})

test("a workspace's original against its drafts shows the edit made in the grid", async ({ page }) => {
  await page.goto('/?cols=no,achieved,description')
  const cell = page.locator('[role="row"][aria-rowindex="2"] [role="gridcell"][aria-colindex="2"]')
  await expect(cell).toHaveText(seed.metas[0]!.cells.achieved)
  await cell.dblclick()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('7')
  await page.keyboard.press('Enter')
  await expect(cell).toHaveAttribute('aria-description', /.+/)
  // The comparison reads the drafts this browser has stored: once the indicator says so.
  await expect(page.getByRole('toolbar', { name: 'Borradores' }).getByRole('status')).toHaveText(/^Guardado/)
  await page.getByRole('link', { name: t.openCompare }).click()
  await expect(count(page, t.counts.changedCells)).toHaveText(`1 ${t.counts.changedCells}`)
  await expect(count(page, t.counts.changed)).toHaveText(`1 ${t.counts.changed}`)
  await page.getByRole('link', { name: t.backToReport }).click()
  await expect(page.getByRole('button', { name: 'Cambios (1)' })).toBeVisible()
})
