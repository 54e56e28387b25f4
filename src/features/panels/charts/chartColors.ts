import { BANDS, type FulfillmentBand } from '../../../report/statistics'
import { bandColor } from '../../../ui/bandColors'

/** Each band's colour token: red to green as fulfillment rises, over 100 % in blue (overshooting is worth a look too). */
export const BAND_COLORS: Readonly<Record<FulfillmentBand, string>> = Object.fromEntries(BANDS.map((b) => [b, bandColor(b)])) as Record<FulfillmentBand, string>

/** A categorical chart's series in order (tokens --series-1 … --series-6). */
export const SERIES_COLORS = [1, 2, 3, 4, 5, 6].map((n) => `var(--series-${n})`)

export const GRID_STROKE = 'var(--chart-grid)'
/** The 100 % line and its label. */
export const REFERENCE_STROKE = 'var(--chart-reference)'
/** Labels drawn inside a chart: the text colour. */
export const LABEL_FILL = 'var(--text)'
/** What separates a sector from its neighbours: the surface it sits on. */
export const SURFACE_FILL = 'var(--surface)'

/** The outline of the bar or sector the view filters by: the focus colour. */
export const ACTIVE_STROKE = 'var(--focus)'

/** The review's progress parts, in the order they stack: approved (done), ready, returned, not yet submitted. */
export const PROGRESS_COLORS = {
  approved: 'var(--ok)',
  ready: 'var(--accent)',
  returned: 'var(--error)',
  pending: 'var(--border)',
} as const
