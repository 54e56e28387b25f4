import { screen, within } from '@testing-library/react'
import { ReviewGrid } from '../../../src/features/grid/ReviewGrid'
import { ViewCount } from '../../../src/features/grid/ViewCount'
import { formatNumber } from '../../../src/report/numbers'
import type { Report } from '../../../src/report/types'
import { DEFAULT_COLUMNS } from '../../../src/report/view/viewSpec'
import { renderWithView } from '../panels/renderWithView'

/** The grid as the report page shows it (in-memory session, view in the URL), plus the status count. */
export function renderGrid(report: Report, url = '/') {
  return renderWithView(
    report,
    <>
      <ReviewGrid />
      <footer>
        <ViewCount />
      </footer>
    </>,
    url,
  )
}

/** Where a column stands in the grid's default layout (the URL names no columns). */
export const defaultColumnIndex = (key: (typeof DEFAULT_COLUMNS)[number]) => DEFAULT_COLUMNS.indexOf(key)

/** A number of the report as the grid shows it: the report's text read the Ecuadorian way, then formatted. */
export const shownNumber = (reportText: string) => formatNumber(Number(reportText.replace(/\./g, '').replace(',', '.')))

/** What the grid last announced in its live region (read by screen readers, hidden on screen). */
export const announcement = () => screen.getByRole('status').textContent

/** A cell of the rendered grid by row of the view (0 is the first meta) and column position. */
export const cellOf = (row: number, column: number) => within(within(screen.getByRole('grid')).getAllByRole('row')[row + 1]).getAllByRole('gridcell')[column]
