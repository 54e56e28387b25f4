import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeAll, describe, expect, test } from 'vitest'
import { CompareView } from '../../../src/features/compare/CompareView'
import { draftsConnection } from '../../../src/drafts/openDrafts'
import { importWorkspace } from '../../../src/drafts/workspaces'
import { objectiveCode, objectiveShortName } from '../../../src/report/objectiveName'
import { foldCategory } from '../../../src/report/textFold'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { compareMessages } from '../../../src/ui/i18n/compareMessages'
import { editedSeedText, type CellEditSpec } from '../../fixtures/seedCopies'
import { seedBytes, seedReport } from '../../fixtures/seedReport'

const t = compareMessages.es
const seed = seedReport()
const edits: CellEditSpec[] = [
  { meta: 3, column: 'achieved', after: '1' },
  { meta: 8, column: 'contribution', after: 'Aporte corregido.' },
]
let link = ''

beforeAll(async () => {
  const opening = await draftsConnection()
  if (!opening.ok) throw new Error(opening.problem)
  const original = await importWorkspace(opening.db, seedBytes(), 'seed.txt')
  const copy = await importWorkspace(opening.db, new TextEncoder().encode(editedSeedText(edits)), 'corregido.txt')
  if (!original.ok || !copy.ok) throw new Error('import failed')
  link = `/comparar?a=original:${original.workspace.hash}&b=original:${copy.workspace.hash}&mode=auto`
})

function renderCompare() {
  const router = createMemoryRouter([{ path: '/comparar', element: <CompareView /> }], { initialEntries: [link] })
  render(
    <LanguageProvider initial="es">
      <RouterProvider router={router} />
    </LanguageProvider>,
  )
}

const count = (label: string) =>
  within(screen.getByRole('region', { name: t.summaryRegion }))
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(label))!.textContent

describe('the comparison page', () => {
  test('opens the comparison its link names and counts the changed pairs and cells', async () => {
    renderCompare()
    await screen.findByRole('region', { name: t.summaryRegion }, { timeout: 15_000 })
    expect(count(t.counts.changed)).toBe(`${edits.length} ${t.counts.changed}`)
    expect(count(t.counts.changedCells)).toBe(`${edits.length} ${t.counts.changedCells}`)
    expect(count(t.counts.matched)).toBe(`${seed.metas.length} ${t.counts.matched}`)
  })

  test("a row of the chart's table filters the grid to that objective, and a second press shows every row again", async () => {
    const user = userEvent.setup()
    renderCompare()
    await screen.findByRole('region', { name: t.summaryRegion }, { timeout: 15_000 })
    await user.click(screen.getByRole('button', { name: t.chartTable }))
    const objective = seed.metas[edits[0]!.meta]!.cells.objective
    const inObjective = seed.metas.filter((m) => foldCategory(m.cells.objective) === foldCategory(objective)).length
    const table = screen.getByRole('table', { name: t.chartTableCaption })
    const toggle = within(table).getByRole('button', { name: `${objectiveCode(objective)} ${objectiveShortName(objective)}` })
    await user.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    screen.getByText(t.rowCount(inObjective, seed.metas.length))
    await user.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    screen.getByText(t.rowCount(seed.metas.length, seed.metas.length))
  })

  test('undoing a pair leaves both metas without a partner, pairing them again restores it, and the counts follow', async () => {
    const user = userEvent.setup()
    renderCompare()
    await screen.findByRole('region', { name: t.summaryRegion }, { timeout: 15_000 })
    await user.selectOptions(screen.getByRole('combobox', { name: t.filterLabel }), t.filters.changed)
    const no = seed.metas[edits[0]!.meta]!.cells.no
    await user.click(screen.getByRole('button', { name: t.openRow(no) }))
    const detail = screen.getByRole('region', { name: t.detailTitle(no) })
    await user.click(within(detail).getByRole('button', { name: t.unpair }))
    expect(count(t.counts.onlyA)).toBe(`1 ${t.counts.onlyA}`)
    expect(count(t.counts.onlyB)).toBe(`1 ${t.counts.onlyB}`)
    expect(count(t.counts.changed)).toBe(`${edits.length - 1} ${t.counts.changed}`)
    screen.getByText(t.choicesCount(1))

    await user.selectOptions(screen.getByRole('combobox', { name: t.filterLabel }), t.filters.onlyA)
    await user.click(screen.getByRole('button', { name: t.openRow(`${no} (${t.onlyIn('a')})`) }))
    const alone = screen.getByRole('region', { name: t.detailTitle(no) })
    await user.type(within(alone).getByRole('textbox', { name: t.pairWith('b') }), 'no-existe')
    await user.click(within(alone).getByRole('button', { name: t.pair }))
    expect(within(alone).getByRole('alert').textContent).toBe(t.noSuchMeta('no-existe', 'b'))
    await user.clear(within(alone).getByRole('textbox', { name: t.pairWith('b') }))
    await user.type(within(alone).getByRole('textbox', { name: t.pairWith('b') }), no)
    await user.click(within(alone).getByRole('button', { name: t.pair }))
    expect(count(t.counts.onlyA)).toBe(`0 ${t.counts.onlyA}`)
    expect(count(t.counts.changed)).toBe(`${edits.length} ${t.counts.changed}`)

    screen.getByText(t.choicesCount(2))
    await user.click(screen.getByRole('button', { name: t.resetChoices }))
    expect(screen.queryByText(t.choicesCount(2))).toBeNull()
  })
})
