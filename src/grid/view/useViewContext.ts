import { useMemo } from 'react'
import type { ViewContext } from '../../report/view/computeView'
import type { Report } from '../../report/types'

/** Findings, bands and review statuses of the current report, as the view filters and sorts by them. */
export function useViewContext(report: Report): ViewContext {
  // Filled from the domain's findings and statistics as they land; recomputed per report version.
  return useMemo<ViewContext>(() => ({}), [report])
}
