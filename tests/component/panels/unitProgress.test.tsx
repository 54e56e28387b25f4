import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import ChartsPanel from '../../../src/features/panels/charts/ChartsPanel'
import { UnitProgressCard } from '../../../src/features/panels/charts/UnitProgressCard'
import { ReviewProgressStatus } from '../../../src/features/workspace/ReviewProgressStatus'
import type { Author } from '../../../src/drafts/records'
import type { TeamRecord } from '../../../src/report/team/teamRecord'
import { UnitsContext } from '../../../src/ui/session/UnitsContext'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamRecord } from '../team/renderTeam'
import { renderWithView } from './renderWithView'

const seed = seedReport()
const health = { id: 'unit-salud', name: 'Secretaría de Salud' }
const education = { id: 'unit-educacion', name: 'Secretaría de Educación' }
const marta: Author = { id: 'a0000000-0000-4000-8000-000000000003', name: 'Marta Ruiz' }
const CHART = 'Avance de la revisión por unidad'

/**
 * Planning (Luis) hands objective-ordered blocks of metas to two units; the units submit some,
 * planning approves or returns some of those, and one meta is resubmitted after its return.
 */
function cycle(): TeamRecord[] {
  const assign = (metas: readonly number[], unit: string) => metas.map((m) => teamRecord(luis, 'assign', m, { unit }))
  const status = (by: Author, meta: number, to: string, reason?: string) => teamRecord(by, 'review', meta, reason ? { status: to, reason } : { status: to })
  return [
    ...assign([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], health.id),
    ...assign([10, 11, 12, 13, 14], education.id),
    ...[0, 1, 2, 3, 4].map((m) => status(ana, m, 'reviewed')),
    status(luis, 3, 'approved'),
    status(luis, 4, 'needsCorrection', 'Falta el sustento'),
    status(luis, 2, 'needsCorrection', 'Revise el total'),
    status(ana, 2, 'reviewed'),
    status(marta, 10, 'reviewed'),
    // Reassigned: meta 9 leaves Salud and belongs to no unit.
    teamRecord(luis, 'assign', 9, { unit: '' }),
  ]
}

/** Each unit's figures as the records say: the last assignment and the last status of every meta. */
function expected(records: readonly TeamRecord[]) {
  const unitOf = new Map<number, string>()
  const statusOf = new Map<number, string>()
  for (const r of records) {
    if (r.kind === 'assign') unitOf.set(r.meta, r.data['unit']!)
    if (r.kind === 'review') statusOf.set(r.meta, r.data['status']!)
  }
  const row = (unit: string) => {
    const metas = seed.metas.map((m) => m.id).filter((m) => (unitOf.get(m) || '') === unit)
    const count = (status: string) => metas.filter((m) => statusOf.get(m) === status).length
    return { assigned: metas.length, ready: count('reviewed'), approved: count('approved'), returned: count('needsCorrection') }
  }
  return { health: row(health.id), education: row(education.id), none: row('') }
}

const figures = (r: { assigned: number; ready: number; approved: number; returned: number }) => [r.assigned, r.ready, r.approved, r.returned].map(String)

function tableRows(): Map<string, string[]> {
  const table = screen.getByRole('table', { name: CHART })
  return new Map(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        within(r).getByRole('rowheader').textContent ?? '',
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent ?? ''),
      ]),
  )
}

/** The charts panel's progress card (the panel's other charts are the view's, tested apart) and the status bar. */
async function renderCycle(person: Parameters<typeof renderTeam>[1]['account']) {
  const page = await renderTeam(
    <UnitsContext.Provider value={[health, education]}>
      <UnitProgressCard />
      <footer aria-label="Barra de estado">
        <ReviewProgressStatus />
      </footer>
    </UnitsContext.Provider>,
    { account: person },
  )
  const records = cycle()
  await arrive(page, records)
  return { page, want: expected(records) }
}

describe('progress by unit', () => {
  test('the charts panel gives each unit’s assigned, ready, approved and returned metas as a table, and a row filters the view to its unit', async () => {
    const user = userEvent.setup()
    const { page, want } = await renderCycle(account('planificacion', luis))
    await user.click(screen.getByRole('button', { name: `Ver los datos de «${CHART}» como tabla` }))
    const rows = tableRows()
    // Units in Spanish name order, then the metas of no unit.
    expect([...rows.keys()]).toEqual([education.name, health.name, 'Sin asignar'])
    expect(rows.get(health.name)).toEqual(figures(want.health))
    expect(rows.get(education.name)).toEqual(figures(want.education))
    expect(rows.get('Sin asignar')).toEqual(figures(want.none))
    expect(want.none.assigned).toBe(seed.metas.length - want.health.assigned - want.education.assigned)

    await user.click(screen.getByRole('button', { name: health.name }))
    await waitFor(() => expect(new URLSearchParams(page.router.state.location.search).get('unit')).toBe(health.id))
    expect(screen.getByRole('button', { name: health.name }).getAttribute('aria-pressed')).toBe('true')
  })

  test('the status bar shows planning the submitted metas it has reviewed', async () => {
    const { want } = await renderCycle(account('planificacion', luis))
    const all = [want.health, want.education, want.none]
    const decided = all.reduce((n, r) => n + r.approved + r.returned, 0)
    const submitted = all.reduce((n, r) => n + r.ready + r.approved + r.returned, 0)
    const bar = screen.getByRole('contentinfo', { name: 'Barra de estado' })
    expect(bar.textContent).toBe(`${decided} de ${submitted} enviadas ya revisadas`)
  })

  test('the status bar shows a secretaría its own unit’s metas ready and approved of those assigned', async () => {
    const { want } = await renderCycle({ ...account('secretaria', ana), unit: health })
    const bar = screen.getByRole('contentinfo', { name: 'Barra de estado' })
    const { ready, approved, assigned } = want.health
    expect(bar.textContent).toBe(
      `Secretaría de Salud: ${ready} ${ready === 1 ? 'lista' : 'listas'} y ${approved} ${approved === 1 ? 'aprobada' : 'aprobadas'} de ${assigned} asignadas`,
    )
  })

  test('a browser’s own copy knows no units: the charts panel has no progress by unit, the status bar counts reviewed metas', async () => {
    renderWithView(
      seed,
      <>
        <ChartsPanel />
        <ReviewProgressStatus />
      </>,
    )
    expect(screen.getByRole('heading', { name: 'Metas por franja de cumplimiento' })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: CHART })).toBeNull()
    expect(screen.getByText(`0 de ${seed.metas.length} revisadas`)).toBeTruthy()
  })
})
