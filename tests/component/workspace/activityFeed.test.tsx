import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ActivityFeedDialog } from '../../../src/features/workspace/ActivityFeedDialog'
import { UnitsContext } from '../../../src/ui/session/UnitsContext'
import { seedReport } from '../../fixtures/seedReport'
import { readWorkbook, sheetValues } from '../../unit/files/exportFixture'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamEdit, teamRecord } from '../team/renderTeam'

const seed = seedReport()
const A = 21
const B = 200
const health = { id: 'unit-salud', name: 'Secretaría de Salud' }
const DAY1 = new Date(2026, 10, 3, 9, 15).getTime()
const DAY2 = new Date(2026, 10, 5, 14, 0).getTime()
const DAY3 = new Date(2026, 10, 8, 11, 30).getTime()
const ATTACK = '=HYPERLINK("http://evil.example","clic")'

afterEach(() => {
  vi.restoreAllMocks()
})

/** The report's records the tests made: Ana edits and assigns meta A and comments it; Luis returns meta B. */
function records() {
  return [
    teamEdit(ana, A, 'result', seed.metas[A]!.cells.result, ATTACK, DAY1),
    teamRecord(ana, 'assign', A, { unit: health.id }, DAY1 + 60_000),
    teamRecord(luis, 'review', B, { status: 'needsCorrection', reason: 'Falta el sustento' }, DAY2),
    teamRecord(ana, 'comment', A, { text: 'Corregido el resultado' }, DAY3),
  ]
}

async function openFeed(onClose: () => void = () => undefined) {
  const page = await renderTeam(
    <UnitsContext.Provider value={[health]}>
      <ActivityFeedDialog onClose={onClose} />
    </UnitsContext.Provider>,
    { account: account('planificacion', luis) },
  )
  return page
}

const table = () => screen.getByRole('table', { name: 'Cambios del informe' })
/** The feed's rows as [meta, person, kind], newest first as shown. */
const rows = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .slice(1, 4)
        .map((c) => c.textContent),
    )
const no = (meta: number) => seed.metas[meta]!.cells.no

describe('the report’s activity feed', () => {
  test('lists every change newest first and filters by person, unit, kind and date range', async () => {
    const user = userEvent.setup()
    const page = await openFeed()
    const made = records()
    await arrive(page, made)
    await waitFor(() => expect(rows()).toHaveLength(made.length))
    expect(rows()).toEqual([
      [no(A), 'Ana Pérez', 'Comentario'],
      [no(B), 'Luis Mora', 'Estado de revisión'],
      [no(A), 'Ana Pérez', 'Asignación'],
      [no(A), 'Ana Pérez', 'Edición'],
    ])
    expect(screen.getByRole('status').textContent).toBe(`${made.length} cambios`)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Persona' }), 'Ana Pérez')
    const anas = made.filter((r) => r.author.id === ana.id).length
    expect(rows()).toHaveLength(anas)
    expect(screen.getByRole('status').textContent).toBe(`${anas} de ${made.length} cambios`)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Persona' }), 'Todas las personas')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Unidad' }), 'Sin asignar')
    expect(rows()).toEqual([[no(B), 'Luis Mora', 'Estado de revisión']])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unidad' }), 'Secretaría de Salud')
    expect(rows().map((r) => r[0])).toEqual(made.filter((r) => r.meta === A).map(() => no(A)))
    await user.click(screen.getByRole('button', { name: 'Quitar filtros' }))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tipo de cambio' }), 'Estado de revisión')
    expect(within(table()).getByText('Estado: Sin revisar → Requiere corrección · Motivo: Falta el sustento')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Quitar filtros' }))

    await user.type(screen.getByLabelText('Desde'), '2026-11-04')
    await user.type(screen.getByLabelText('Hasta'), '2026-11-05')
    expect(rows()).toEqual([[no(B), 'Luis Mora', 'Estado de revisión']])
    await user.clear(screen.getByLabelText('Desde'))
    expect(rows()).toHaveLength(made.filter((r) => r.at < DAY3).length)
  })

  test('a meta’s number opens it from the keyboard, and a long feed goes a page at a time', async () => {
    const user = userEvent.setup()
    let closed = 0
    const page = await openFeed(() => closed++)
    const many = Array.from({ length: 60 }, (_, i) => teamEdit(luis, i, 'planned', seed.metas[i]!.cells.planned, String(i + 1), DAY1 + i * 60_000))
    await arrive(page, [...many, ...records()])
    const total = many.length + records().length
    await waitFor(() => expect(rows()).toHaveLength(50))
    const pages = screen.getByRole('navigation', { name: 'Páginas de la actividad' })
    expect(pages.textContent).toContain(`1–50 de ${total}`)
    await user.click(within(pages).getByRole('button', { name: 'Página siguiente' }))
    expect(rows()).toHaveLength(total - 50)
    expect(pages.textContent).toContain(`51–${total} de ${total}`)
    // The oldest change is last: Luis's first edit.
    expect(rows().at(-1)).toEqual([no(0), 'Luis Mora', 'Edición'])

    within(table())
      .getAllByRole('button', { name: `Abrir la meta ${no(0)}` })[0]!
      .focus()
    await user.keyboard('{Enter}')
    expect(new URLSearchParams(page.router.state.location.search).get('meta')).toBe('1')
    expect(closed).toBe(1)
  })

  test('«Exportar actividad» writes the filtered changes in log order as XLSX, text never a formula', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const user = userEvent.setup()
    const page = await openFeed()
    const made = records()
    await arrive(page, made)
    await waitFor(() => expect(rows()).toHaveLength(made.length))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Persona' }), 'Ana Pérez')
    await user.click(screen.getByRole('button', { name: 'Exportar actividad' }))
    await waitFor(() => expect(blobs).toHaveLength(1))
    const workbook = await readWorkbook(new Uint8Array(await blobs[0]!.arrayBuffer()))
    const sheet = workbook.getWorksheet('Actividad')!
    const [header, ...data] = sheetValues(sheet)
    expect(header).toEqual(['Fecha y hora', 'Meta', 'Persona', 'Unidad responsable', 'Tipo', 'Campo', 'Antes', 'Después', 'Detalle'])
    const local = (at: number) => {
      const d = new Date(at)
      return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()))
    }
    const anas = made.filter((r) => r.author.id === ana.id)
    expect(data.map((row) => row.slice(0, 5))).toEqual(
      anas.map((r) => [local(r.at), Number(no(r.meta)), 'Ana Pérez', health.name, ['Edición', 'Asignación', 'Comentario'][anas.indexOf(r)]]),
    )
    expect(data.map((row) => row.slice(5))).toEqual([
      ['Descripción del resultado', seed.metas[A]!.cells.result, `'${ATTACK}`, undefined],
      ['Unidad responsable', 'Sin asignar', health.name, undefined],
      [undefined, undefined, undefined, 'Comentó: Corregido el resultado'],
    ])
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)))
  })
})
