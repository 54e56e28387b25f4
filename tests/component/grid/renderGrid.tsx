import { ReviewGrid } from '../../../src/grid/ReviewGrid'
import { ViewCount } from '../../../src/grid/ViewCount'
import type { Report } from '../../../src/report/types'
import { renderWithView } from '../panels/renderWithView'

export { loadSeedReport as loadSeed } from '../panels/seedReport'

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
