import { createHash } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { parseReport } from '../../../src/report/parseReport'
import { seedBytes, seedReport, seedText } from '../../fixtures/seedReport'

const seed = seedReport()
const { entity, year } = seed
/** The embedded report's name in a view link: its bytes' hash, which a fresh browser works out as it downloads it. */
const SEED_REF = createHash('sha256').update(seedBytes()).digest('hex').slice(0, 12)
const OTHER_REPORT_NOTICE = 'Este enlace es de otro informe que no está en este navegador: se muestra la vista sobre el informe abierto.'

// A second report as users bring one: another entity and year, as a ';' CSV with quoted cells.
const OTHER_ENTITY = 'GOBIERNO AUTÓNOMO DESCENTRALIZADO DE PRUEBA'
const otherCsv = seedText()
  .replace(entity, OTHER_ENTITY)
  .replace(`CUENTAS ${year}`, 'CUENTAS 2021')
  .split('\n')
  .map((line) =>
    line
      .split('\t')
      .map((cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
      .join(';'),
  )
  .join('\r\n')

// Not a report: a table with other columns.
const BAD = 'nombre;valor\nuno;1\ndos;2\n'
const badParse = parseReport(new TextEncoder().encode(BAD), 'notas.csv')
if (badParse.ok) throw new Error('the bad file parses')

async function importFile(page: Page, name: string, text: string) {
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Importar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importar un informe' })
  await dialog.getByLabel('Archivo del informe (TSV, CSV o XLSX)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf-8') })
  return dialog
}

const heading = (page: Page) => page.getByRole('banner').getByRole('heading', { level: 1 })

test('importing a second report by the file picker opens it as a workspace, and the switcher goes back and forth', async ({ page }) => {
  await page.goto('/')
  await expect(heading(page)).toHaveText(entity)
  await importFile(page, 'rendicion-2021-prueba.csv', otherCsv)
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(page.getByRole('banner').getByText('Rendición de cuentas 2021')).toBeVisible()

  const switcher = page.getByRole('combobox', { name: 'Informe abierto' })
  await expect(switcher.getByRole('option')).toHaveCount(2)
  await switcher.selectOption({ label: `${year} · ${entity} · ${await firstFileName(page, entity)}` })
  await expect(heading(page)).toHaveText(entity)
  await switcher.selectOption({ label: `2021 · ${OTHER_ENTITY} · rendicion-2021-prueba.csv` })
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
})

test('a file that is not a report shows the parser message and leaves the open workspace as it was', async ({ page }) => {
  await page.goto('/')
  await expect(heading(page)).toHaveText(entity)
  await importFile(page, 'rendicion-2021-prueba.csv', otherCsv)
  await expect(heading(page)).toHaveText(OTHER_ENTITY)

  const dialog = await importFile(page, 'notas.csv', BAD)
  await expect(dialog.getByRole('alert')).toContainText(badParse.error.message.es)
  await expect(dialog.getByRole('alert')).toContainText('notas.csv')
  await dialog.getByRole('button', { name: 'Cerrar' }).last().click()
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(page.getByRole('combobox', { name: 'Informe abierto' }).getByRole('option')).toHaveCount(2)
  await expect(page.getByRole('banner').getByText(`${seed.metas.length} metas`)).toBeVisible()
  await expect(page.getByRole('banner').getByText('Rendición de cuentas 2021')).toBeVisible()
})

/** The file name the embedded report's workspace carries, read from the switcher's option. */
async function firstFileName(page: Page, forEntity: string): Promise<string> {
  const label = await page
    .getByRole('combobox', { name: 'Informe abierto' })
    .getByRole('option', { name: new RegExp(forEntity) })
    .textContent()
  return (label ?? '').split(' · ').at(-1) ?? ''
}

test('dropping a report file on the page imports it as a workspace', async ({ page }) => {
  await page.goto('/')
  await expect(heading(page)).toHaveText(entity)
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer()
    data.items.add(new File([text], 'soltado-2021.csv', { type: 'text/csv' }))
    return data
  }, otherCsv)
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer })
  await expect(page.getByText('Suelte el archivo para importarlo como un nuevo espacio de trabajo')).toBeVisible()
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
  await expect(heading(page)).toHaveText(OTHER_ENTITY)
  await expect(page.getByRole('combobox', { name: 'Informe abierto' }).getByRole('option')).toHaveCount(2)
})

test('the embedded report is kept as it downloaded: named by its bytes, the same after a reload, and the same file imported again opens it', async ({ page }) => {
  await page.goto(`/?ws=${SEED_REF}`)
  await expect(heading(page)).toHaveText(entity)
  await expect(page.getByText(OTHER_REPORT_NOTICE)).toHaveCount(0)

  // Hashed here on the page, as an import is: the same name, so the same report (a second would bring the switcher between them).
  const dialog = await importFile(page, 'copia-del-informe.txt', seedText())
  await expect(dialog).toBeHidden()
  await expect(heading(page)).toHaveText(entity)
  await expect(page.getByRole('combobox', { name: 'Informe abierto' })).toHaveCount(0)

  // Reopened from the bytes this browser kept.
  await page.reload()
  await expect(heading(page)).toHaveText(entity)
  await expect(page.getByRole('banner').getByText(`${seed.metas.length} metas`)).toBeVisible()
  await page.goto('/?ws=0123456789ab')
  await expect(page.getByText(OTHER_REPORT_NOTICE)).toBeVisible()
})

test('a host whose policy forbids WebAssembly in workers still opens the embedded report, named by its bytes', async ({ page }) => {
  // The worker that hashes the download is served under a policy without 'wasm-unsafe-eval': its hasher cannot start.
  let policed = 0
  await page.route(/hashingKeeper\.worker[^/]*\.js$/, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" } })
    policed++
  })
  await page.goto(`/?ws=${SEED_REF}`)
  await expect(heading(page)).toHaveText(entity)
  await expect(page.getByRole('banner').getByText(`${seed.metas.length} metas`)).toBeVisible()
  await expect(page.getByText(OTHER_REPORT_NOTICE)).toHaveCount(0)
  expect(policed).toBe(1)
  // Kept as this browser's workspace: a reload opens it from storage.
  await page.reload()
  await expect(page.getByRole('banner').getByText(`${seed.metas.length} metas`)).toBeVisible()
})
