import { BANDS, type FulfillmentBand } from '../../../report/statistics'
import { bandColor } from '../../../ui/bandColors'

/** Each band's colour token: red to green as fulfillment rises, over 100 % in blue (overshooting is worth a look too). */
export const BAND_COLORS: Readonly<Record<FulfillmentBand, string>> = Object.fromEntries(BANDS.map((b) => [b, bandColor(b)])) as Record<FulfillmentBand, string>

export const SERIES_COLORS = ['#1c5fa8', '#c98a00', '#1f7a3d', '#8e3a9d', '#c4471c', '#2f8a8a']

/** The outline of the bar or sector the view filters by: the focus colour. */
export const ACTIVE_STROKE = 'var(--focus)'
