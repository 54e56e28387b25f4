import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { checkReport } from '../../../src/report/findings'
import { seedBytes, seedReport } from '../../fixtures/seedReport'

const errors = checkReport(seedReport()).filter((f) => f.severity === 'error').length

test('publishing asks for confirmation while errors remain, then gives back the unedited report byte for byte', async ({ page }) => {
  expect(errors).toBeGreaterThan(0)
  await page.goto('/')
  await page.getByRole('toolbar', { name: 'Acciones del informe' }).getByRole('button', { name: 'Publicar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Publicar el informe corregido' })
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Errores' })).toHaveText(`${errors} Errores`)
  const generate = dialog.getByRole('button', { name: 'Generar los archivos' })
  await expect(generate).toBeDisabled()
  await dialog.getByRole('checkbox', { name: 'Publicar de todos modos, con los errores abiertos' }).check()
  await generate.click()

  const [report] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Descargar Informe corregido (TSV)' }).click()])
  expect(report.suggestedFilename()).toMatch(/_corregido_\d{4}-\d{2}-\d{2}\.txt$/)
  expect(readFileSync(await report.path()).equals(seedBytes())).toBe(true)

  const [log] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Descargar Registro de cambios (CSV)' }).click()])
  expect(readFileSync(await log.path(), 'utf-8')).toBe('\ufeffN.º de meta;Columna;Original;Corregido;Fecha del cambio;Comentarios\r\n')
  const [summary] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Descargar Resumen (texto)' }).click()])
  expect(readFileSync(await summary.path(), 'utf-8')).toContain(`Errores ${errors}`)
})
