import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { renderGrid } from './renderGrid'

const seed = seedReport()

test('a column width changes from the keyboard: its handle is a named separator that the arrows resize', async () => {
  const user = userEvent.setup()
  renderGrid(seed)
  const planned = DEFAULT_COLUMNS.indexOf('planned')
  await user.click(screen.getAllByRole('gridcell')[planned])
  await user.keyboard('{ArrowUp}{ArrowRight}{ArrowRight}')
  const handle = screen.getByRole('separator', { name: 'Ancho de Total planificado' })
  expect(document.activeElement).toBe(handle)
  const header = handle.closest<HTMLElement>('[role="columnheader"]')!
  const start = Number(handle.getAttribute('aria-valuenow'))
  expect(header.style.width).toBe(`${start}px`)

  await user.keyboard('{ArrowRight}{ArrowRight}')
  expect(handle.getAttribute('aria-valuenow')).toBe(String(start + 20))
  expect(header.style.width).toBe(`${start + 20}px`)
  await user.keyboard('{Shift>}{ArrowLeft}{/Shift}')
  expect(handle.getAttribute('aria-valuenow')).toBe(String(start - 30))
  await user.keyboard('{Enter}')
  expect(handle.getAttribute('aria-valuenow')).toBe(String(start))

  // Tab moves on to the next column's header; the arrows there move between controls again.
  await user.keyboard('{Tab}')
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Total cumplido' }))
})
