/** A fulfillment band's colours as CSS values, read from the tokens BAND_DEFS names (valued in ui/tokens.css). */
import type { CSSProperties } from 'react'
import { BAND_DEFS, type BandDef, type FulfillmentBand } from '../report/statistics'

const BY_KEY = new Map<FulfillmentBand, BandDef>(BAND_DEFS.map((b) => [b.key, b]))

/** The band's colour, e.g. "var(--band-full)": an SVG fill or a text colour. */
export function bandColor(band: FulfillmentBand): string {
  return `var(${BY_KEY.get(band)!.color})`
}

// One object per band: a grid cell whose band stays the same after a sort is not restyled.
const BADGE_STYLES = new Map<FulfillmentBand, CSSProperties>(
  BAND_DEFS.map((def) => [def.key, { '--band-color': `var(${def.color})`, '--band-tint': `var(${def.tint})` } as CSSProperties]),
)

/** The custom properties a band badge reads: the band's colour on its tint. */
export function bandBadgeStyle(band: FulfillmentBand): CSSProperties {
  return BADGE_STYLES.get(band)!
}
