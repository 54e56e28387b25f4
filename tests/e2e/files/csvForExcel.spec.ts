import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { columnDef } from '../../../src/report/columns'
import { splitRecords } from '../../../src/report/splitRecords'
import type { ColumnKey } from '../../../src/report/types'
import { seedReport } from '../../fixtures/seedReport'
import { cell } from '../grid/gridPage'

const seed = seedReport()

const COLUMNS: ColumnKey[] = ['no', 'indicator', 'planned', 'achieved', 'percent', 'result']
// Typed into the grid: a formula with quotes and the ';' that separates CSV cells.
const FORMULA = '=HIPERVINCULO("http://ejemplo.ec";"clic")'
const FORMULA_START = /^[=+\-@\t\r]/

test("the CSV for Excel has a BOM, semicolons, the report's Ecuadorian numbers, RFC quoting, and a formula typed in the grid stays text", async ({ page }) => {
  // Only the edited cell may start like a formula, or the per-cell comparison below would not test the guard.
  expect(seed.metas.filter((m) => COLUMNS.some((k) => FORMULA_START.test(m.cells[k])))).toEqual([])
  await page.goto(`/?cols=${COLUMNS.join('.')}`)
  const indicator = cell(page, 0, COLUMNS.indexOf('indicator'))
  await expect(indicator).toHaveText(seed.metas[0]!.cells.indicator.trim())
  await indicator.click()
  await page.keyboard.press('F2')
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(FORMULA)
  await page.keyboard.press('Enter')
  await expect(indicator).toHaveText(FORMULA)

  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Exportar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Exportar la vista' })
  await dialog.getByRole('radio', { name: 'CSV con punto y coma (Excel en español)' }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportar' }).click()])
  expect(download.suggestedFilename()).toMatch(/_todas-las-metas_\d{4}-\d{2}-\d{2}_excel\.csv$/)

  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder().decode(bytes.subarray(3))
  const lines = text.split('\r\n')
  expect(lines[0]).toBe(COLUMNS.map((k) => columnDef(k).label.es).join(';'))
  expect(text.endsWith('\r\n')).toBe(true)
  // RFC 4180: the cell holding ';' and '"' is quoted with its quotes doubled; the apostrophe keeps it text.
  const first = seed.metas[0]!.cells
  expect(lines[1]!.startsWith(`${first.no};"'=HIPERVINCULO(""http://ejemplo.ec"";""clic"")";${first.planned};${first.achieved};${first.percent};`)).toBe(true)

  const split = splitRecords(text, ';')
  expect(split.unterminatedAt).toBeUndefined()
  const records = split.records.map((r) => r.cells)
  expect(records.length).toBe(seed.metas.length + 1)
  seed.metas.forEach((meta, i) => {
    const expected = COLUMNS.map((k) => meta.cells[k])
    if (i === 0) expected[COLUMNS.indexOf('indicator')] = `'${FORMULA}`
    expect(records[i + 1]).toEqual(expected)
  })

  // Numbers read the Ecuadorian way: grouping dots and decimal commas, never a decimal point alone.
  const numbers = records.slice(1).flatMap((cells) => [cells[2]!, cells[3]!, cells[4]!])
  expect(numbers.some((n) => /^\d{1,3}(\.\d{3})+,\d+$/.test(n))).toBe(true)
  expect(numbers.filter((n) => /^\d+\.\d{1,2}%?$/.test(n))).toEqual([])
  expect(records.slice(1).every((cells) => /^\d+(,\d+)?%$/.test(cells[4]!) || cells[4] === '')).toBe(
    seed.metas.every((m) => /^\d+(,\d+)?%$/.test(m.cells.percent) || m.cells.percent === ''),
  )
  // Narratives holding quotes or ';' came back whole above, so they were quoted; the raw file shows how.
  const quoted = seed.metas.find((m) => m.cells.result.includes('"'))!
  expect(text).toContain(`;"${quoted.cells.result.replace(/"/g, '""')}"\r\n`)
})
