/**
 * Issue #16's "Done when", end to end in Chromium against the team server on PostgreSQL: planning
 * assigns objective 2.4's metas to a unit, that unit's secretaría edits and submits meta 1, planning
 * returns it with a comment, the secretaría corrects and resubmits, planning approves; the meta's
 * activity tells those steps in order; publication freezes a version that downloads byte for byte
 * as the original where nothing was edited and with the edit where it was; no edit is taken until
 * planning opens a new round. Meta 200 (objective 1.1) is read-only for the secretaría, and a write to
 * it forged with its cookie is refused.
 */
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { columnDef } from '../../../src/report/columns'
import { seedBytes, seedReport, seedText } from '../../fixtures/seedReport'
import { grid } from '../grid/gridPage'
import { PLANNER, SECRETARY } from './teamAccounts'
import { achievedCell, saveIndicator, typeAchieved } from './teamPage'
import { expect, recordsOf, test } from './teamTest'

const seed = seedReport()
const UNIT = SECRETARY.unit!
const meta1 = seed.metas.find((m) => m.cells.no === '1')!
const meta200 = seed.metas.find((m) => m.cells.no === '200')!
const objective24 = meta1.cells.objective
const inObjective24 = seed.metas.filter((m) => m.cells.objective === objective24)
const PUBLISHED = 'Versión 1 publicada: el informe es de solo lectura hasta que planificación abra una nueva ronda.'
const RETURN_REASON = 'El total logrado no coincide con el medio de verificación.'

// Each step crosses the server and another browser: on a machine shared by many runs, slower than the usual wait.
const slow = expect.configure({ timeout: 20_000 })
const side = (page: Page) => page.getByRole('complementary', { name: 'Panel lateral' })
const synced = (page: Page) => slow(saveIndicator(page)).toHaveText('Sincronizado')

/** Opens the shared report at its address; resolves once its grid shows rows. */
async function openReport(page: Page, reportId: string, query = ''): Promise<void> {
  await page.goto(`/informes/${reportId}${query}`)
  await slow(grid(page).getByRole('row').nth(1)).toBeVisible()
}

/** Opens the report with the meta selected and its panel's «Meta» tab. */
async function openMeta(page: Page, reportId: string, meta: number): Promise<void> {
  await openReport(page, reportId, `?meta=${meta + 1}`)
  await side(page).getByRole('tab', { name: 'Meta' }).click()
  await slow(side(page).getByRole('heading', { name: `Meta N.º ${seed.metas[meta]!.cells.no}` })).toBeVisible()
}

/** Opens Pendientes and the item of meta 1 (its text must match `says`): the grid selects it and the panel shows it. */
async function openFromPendientes(page: Page, says: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^Pendientes \(\d+\)$/ }).click()
  const inbox = page.getByRole('dialog', { name: 'Pendientes' }).or(page.getByRole('region', { name: 'Pendientes' }))
  const item = inbox.getByRole('button', { name: /^Meta 1 · / })
  await slow(item).toHaveAccessibleName(says)
  await item.click()
  await slow(side(page).getByRole('heading', { name: `Meta N.º ${meta1.cells.no}` })).toBeVisible()
}

/** A push of one edit of a meta made with the page's own cookie, not through the app. */
function forgedEdit(page: Page, origin: string, reportId: string, meta: number, after: string) {
  const record = {
    uid: randomUUID(),
    kind: 'edit',
    meta,
    at: Date.now(),
    data: { column: 'achieved', before: seed.metas[meta]!.cells.achieved, after, step: randomUUID(), stepKind: 'edit' },
  }
  return page.context().request.post(`/api/reports/${reportId}/records`, { headers: { origin }, data: { records: [record] } })
}

test('the review cycle: assign, edit, submit, return, correct, approve, the activity, publish and a new round', async ({ team }) => {
  test.setTimeout(240_000)
  // Facts of the real report the cycle relies on.
  expect(objective24).toMatch(/^2\.4 /)
  expect(meta1.id).toBe(0)
  expect(meta200.cells.objective).toMatch(/^1\.1 /)

  const server = await team.startServer()
  const carmen = await (await team.signedIn(PLANNER, server)).newPage()
  const ana = await (await team.signedIn(SECRETARY, server)).newPage()
  await openReport(carmen, team.reportId)

  // Planning assigns every meta of objective 2.4 to the secretaría's unit.
  await carmen.getByRole('button', { name: 'Asignar…' }).click()
  const assign = carmen.getByRole('dialog', { name: 'Asignar metas' })
  await assign.getByRole('radio', { name: 'Por objetivo' }).check()
  const objectives = assign.getByRole('combobox', { name: 'Objetivo' })
  const option = (await objectives.locator('option').allTextContents()).filter((text) => text.startsWith('2.4 '))
  expect(option).toEqual([expect.stringMatching(new RegExp(`\\(${inObjective24.length}\\)$`))])
  await objectives.selectOption({ label: option[0]! })
  await assign.getByRole('combobox', { name: 'Unidad' }).selectOption({ label: UNIT })
  await assign.getByRole('button', { name: 'Asignar', exact: true }).click()
  await slow(carmen.getByText(`${inObjective24.length} metas asignadas a ${UNIT}.`)).toBeVisible()
  await synced(carmen)

  // The secretaría edits meta 1, of its unit.
  await openReport(ana, team.reportId)
  await typeAchieved(ana, 0, '4')
  await synced(ana)

  // Meta 200 (objective 1.1) is not its unit's: read-only in the app, saying why, and the server
  // refuses a write to it forged with the secretaría's cookie.
  await openMeta(ana, team.reportId, meta200.id)
  await expect(side(ana).getByRole('note', { name: 'Solo lectura' })).toHaveText(`Esta meta no está asignada a ninguna unidad; su cuenta solo cambia las metas de ${UNIT}.`)
  await expect(side(ana).getByRole('textbox', { name: 'Aporte al plan de desarrollo' })).not.toBeEditable()
  const forged = await forgedEdit(ana, server.url, team.reportId, meta200.id, '99')
  expect(forged.status()).toBe(403)
  expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('notYourUnit')
  expect((await recordsOf(ana.context().request, server, team.reportId)).filter((r) => r.meta === meta200.id)).toEqual([])

  // It marks meta 1 ready for review.
  await openMeta(ana, team.reportId, meta1.id)
  await side(ana).getByRole('button', { name: 'Marcar lista para revisión' }).click()
  await synced(ana)

  // Planning finds it in Pendientes and returns it with what must be corrected.
  await carmen.reload()
  await openFromPendientes(carmen, /^Meta 1 · Lista para revisión/)
  await side(carmen).getByRole('button', { name: 'Devolver para corrección' }).click()
  await side(carmen).getByRole('textbox', { name: 'Qué debe corregirse' }).fill(RETURN_REASON)
  await side(carmen).getByRole('button', { name: 'Devolver', exact: true }).click()
  await synced(carmen)

  // The secretaría reads the comment in its Pendientes, corrects and resubmits.
  await ana.reload()
  await openFromPendientes(ana, new RegExp(`^Meta 1 · Requiere corrección: ${RETURN_REASON.replace(/[.]/g, '\\.')}`))
  await typeAchieved(ana, 0, '5')
  // Enter moved the selection to the next meta: meta 1 is selected again by its address.
  await openMeta(ana, team.reportId, meta1.id)
  await side(ana).getByRole('button', { name: 'Marcar lista para revisión' }).click()
  await synced(ana)

  // Planning approves.
  await carmen.reload()
  await openFromPendientes(carmen, /^Meta 1 · Lista para revisión/)
  await side(carmen).getByRole('button', { name: 'Aprobar' }).click()
  await synced(carmen)

  // The meta's activity lists the steps with their authors, in order.
  await side(carmen).getByRole('tab', { name: 'Actividad' }).click()
  const activity = side(carmen).getByRole('list', { name: `Actividad de la meta ${meta1.cells.no}` })
  const achieved = new RegExp(`${columnDef('achieved').label.es}: `)
  const steps = [
    [PLANNER.name, /Unidad responsable: Sin asignar → /],
    [SECRETARY.name, achieved],
    [SECRETARY.name, /Estado: Sin revisar → Lista para revisión/],
    [PLANNER.name, /Estado: Lista para revisión → Requiere corrección/],
    [SECRETARY.name, achieved],
    [SECRETARY.name, /Estado: Requiere corrección → Lista para revisión/],
    [PLANNER.name, /Estado: Lista para revisión → Aprobada/],
  ] as const
  await slow(activity.getByRole('listitem')).toHaveCount(steps.length)
  for (const [index, [author, what]] of steps.entries()) {
    const item = activity.getByRole('listitem').nth(index)
    await expect(item).toContainText(author)
    await expect(item).toContainText(what)
  }

  // Publication: a reason while errors remain; the report turns read-only for everyone.
  await carmen.getByRole('button', { name: 'Publicar versión' }).click()
  const publish = carmen.getByRole('dialog', { name: 'Publicar versión' })
  await publish.getByRole('textbox', { name: 'Motivo' }).fill('Entrega al Concejo Metropolitano')
  await publish.getByRole('button', { name: 'Publicar', exact: true }).click()
  await slow(carmen.getByRole('region', { name: 'Versión publicada' })).toContainText(PUBLISHED)
  await slow(ana.getByRole('region', { name: 'Versión publicada' })).toContainText(PUBLISHED)

  // The frozen source: the original byte for byte, but for meta 1's achieved total.
  await carmen.getByRole('button', { name: 'Versiones publicadas' }).click()
  const versions = carmen.getByRole('dialog', { name: 'Versiones publicadas' })
  await expect(versions).toContainText(`Publicada por ${PLANNER.name} el `)
  const [download] = await Promise.all([carmen.waitForEvent('download'), versions.getByRole('button', { name: 'Descargar informe de la versión 1' }).click()])
  const frozen = await readFile((await download.path())!)
  const lines = seedText().split('\n')
  const cells = lines[meta1.line - 1]!.split('\t')
  cells[seed.source.columns.indexOf('achieved')] = '5'
  lines[meta1.line - 1] = cells.join('\t')
  expect(frozen.equals(Buffer.from(lines.join('\n'), 'utf8'))).toBe(true)
  expect(frozen.equals(Buffer.from(seedBytes()))).toBe(false)
  await carmen.keyboard.press('Escape')

  // A later edit is refused: the app offers none, and the server refuses a forged one.
  await expect(grid(ana)).toHaveAttribute('aria-readonly', 'true')
  const refused = await forgedEdit(ana, server.url, team.reportId, meta1.id, '6')
  expect(refused.status()).toBe(409)
  expect(((await refused.json()) as { error: { es: string } }).error.es).toMatch(/^El informe está publicado/)

  // Until planning opens a new round: then the secretaría edits again.
  await carmen.getByRole('region', { name: 'Versión publicada' }).getByRole('button', { name: 'Abrir nueva ronda' }).click()
  await slow(ana.getByRole('region', { name: 'Versión publicada' })).toHaveCount(0)
  await typeAchieved(ana, 0, '6')
  await synced(ana)
  await slow(achievedCell(carmen, 0)).toHaveText('6')
})
