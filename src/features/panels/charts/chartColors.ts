import type { FulfillmentBand } from '../../../report/statistics'

/** Red to green as fulfillment rises; over 100 % in blue, since overshooting is worth a look too. */
export const BAND_COLORS: Readonly<Record<FulfillmentBand, string>> = {
  none: '#8a94a3',
  zero: '#8e1b12',
  under50: '#c4471c',
  '50to79': '#c98a00',
  '80to99': '#7aa23a',
  full: '#1f7a3d',
  over100: '#2f5d8a',
}

export const SERIES_COLORS = ['#1c5fa8', '#c98a00', '#1f7a3d', '#8e3a9d', '#c4471c', '#2f8a8a']

export const ACTIVE_STROKE = '#f0a000'
