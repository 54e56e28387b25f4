import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { splitRecords } from '../../../src/report/splitRecords'
import { seedReport, seedText } from '../../fixtures/seedReport'

const seed = seedReport()
const first = seed.metas[0]!

test('an edit made in the grid is in the exported view, the published report and its change log', async ({ page }) => {
  await page.goto('/?cols=no,achieved,description')
  const cell = page.locator('[role="row"][aria-rowindex="2"] [role="gridcell"][aria-colindex="2"]')
  await expect(cell).toHaveText(first.cells.achieved)
  await cell.dblclick()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('12,5')
  await page.keyboard.press('Enter')
  await expect(cell).toHaveAttribute('aria-description', /.+/)

  const toolbar = page.getByRole('toolbar', { name: 'Acciones del informe' })
  await toolbar.getByRole('button', { name: 'Exportar' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Exportar la vista' })
  await exportDialog.getByRole('radio', { name: 'CSV con punto y coma (Excel en español)' }).check()
  const [csv] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Exportar' }).click()])
  const rows = splitRecords(readFileSync(await csv.path(), 'utf-8').slice(1), ';').records
  expect(rows[1]!.cells).toEqual([first.cells.no, '12,5', first.cells.description])
  await exportDialog.getByRole('button', { name: 'Cerrar' }).last().click()

  await toolbar.getByRole('button', { name: 'Publicar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Publicar el informe corregido' })
  await expect(dialog).toContainText('1 celda corregida en 1 meta')
  await dialog.getByRole('checkbox').check()
  await dialog.getByRole('button', { name: 'Generar los archivos' }).click()
  const [report] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Descargar Informe corregido (TSV)' }).click()])
  const before = seedText().split('\n')
  const after = readFileSync(await report.path(), 'utf-8').split('\n')
  const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]))
  expect(changed).toEqual([first.line - 1])
  const expectedLine = before[first.line - 1]!.split('\t')
  expectedLine[seed.source.columns.indexOf('achieved')] = '12,5'
  expect(after[first.line - 1]).toBe(expectedLine.join('\t'))
  const [log] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Descargar Registro de cambios (CSV)' }).click()])
  const logRows = splitRecords(readFileSync(await log.path(), 'utf-8').slice(1), ';').records
  expect(logRows).toHaveLength(2)
  expect(logRows[1]!.cells.slice(0, 4)).toEqual([first.cells.no, 'Total cumplido', first.cells.achieved, '12,5'])
})
