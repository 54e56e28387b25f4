import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { ReviewGrid } from '../../../src/features/grid/ReviewGrid'
import { ViewCount } from '../../../src/features/grid/ViewCount'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { renderWithView } from '../panels/renderWithView'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
const total = seed.metas.length
const first = seed.metas[0]

function renderPage() {
  return renderWithView(
    seed,
    <>
      <ReviewGrid />
      <SidePanelArea />
      <footer>
        <ViewCount />
      </footer>
    </>,
    `/?meta=${first.id + 1}`,
  )
}

function statusCellOfFirstRow() {
  const headers = screen.getAllByRole('columnheader')
  const column = headers.findIndex((h) => within(h).queryByRole('button', { name: 'Estado de revisión' }) !== null)
  const rows = within(screen.getByRole('grid')).getAllByRole('row')
  return within(rows[1]).getAllByRole('gridcell')[column]
}

test('the review status column is shown by default right after the findings, and an unreviewed meta reads "Sin revisar"', () => {
  renderPage()
  const names = screen.getAllByRole('columnheader').map((h) => h.textContent ?? '')
  const findings = names.findIndex((n) => n.startsWith('Hallazgos'))
  expect(findings).toBeGreaterThanOrEqual(0)
  expect(names[findings + 1]).toContain('Estado de revisión')
  expect(statusCellOfFirstRow().textContent).toBe('Sin revisar')
})

test('the review status filter lists each status with its count, and filtering by one keeps its metas', async () => {
  const user = userEvent.setup()
  const { params } = renderPage()
  await user.click(screen.getByRole('radio', { name: 'Revisada' }))
  expect(statusCellOfFirstRow().textContent).toBe('Revisada')
  await user.click(screen.getByRole('button', { name: 'Filtrar Estado de revisión' }))
  const dialog = screen.getByRole('dialog', { name: 'Filtrar Estado de revisión' })
  // The popover's title names the list; it is not repeated as the list's own heading.
  expect(within(dialog).getAllByText('Estado de revisión')).toHaveLength(1)
  within(dialog).getByRole('group', { name: 'Estado de revisión' })
  within(dialog).getByRole('checkbox', { name: `Sin revisar: ${total - 1}` })
  within(dialog).getByRole('checkbox', { name: 'Requiere corrección: 0' })
  await user.click(within(dialog).getByRole('checkbox', { name: 'Revisada: 1' }))
  screen.getByText(`1 de ${total} metas`)
  expect(params().getAll('status')).toEqual(['reviewed'])
})
