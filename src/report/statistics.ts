/**
 * Summary figures for the charts and the summary panel, over any list of metas: counts, mean and
 * median fulfillment per objective, per competence type and by fulfillment band.
 */
import { metaValues } from './metaValues'
import { objectiveCode, objectiveShortName } from './objectiveName'
import { foldCategory, memoFold } from './textFold'
import type { Bilingual, ColumnKey, Meta } from './types'

export type FulfillmentBand = 'none' | 'zero' | 'under50' | '50to79' | '80to99' | 'full' | 'over100'

export interface BandDef {
  readonly key: FulfillmentBand
  readonly label: Bilingual
  /** CSS custom property of the band's colour (its value is in the app's stylesheet): charts fill with it, badges write with it. */
  readonly color: string
  /** CSS custom property of the light tint a badge's text in `color` sits on. */
  readonly tint: string
}

const band = (key: FulfillmentBand, es: string, en: string): BandDef => ({ key, label: { es, en }, color: `--band-${key}`, tint: `--band-${key}-tint` })

/** In display order, from no percentage to over 100 %. */
export const BAND_DEFS: readonly BandDef[] = [
  band('none', 'Sin porcentaje', 'No percentage'),
  band('zero', '0 %', '0 %'),
  band('under50', 'Menos de 50 %', 'Under 50 %'),
  band('50to79', '50–79 %', '50–79 %'),
  band('80to99', '80–99 %', '80–99 %'),
  band('full', '100 %', '100 %'),
  band('over100', 'Más de 100 %', 'Over 100 %'),
]

export const BANDS: readonly FulfillmentBand[] = BAND_DEFS.map((b) => b.key)

export const BAND_LABELS: Readonly<Record<FulfillmentBand, Bilingual>> = Object.fromEntries(BAND_DEFS.map((b) => [b.key, b.label])) as Record<FulfillmentBand, Bilingual>

/** The band of a fulfillment in percentage points; 'full' is exactly 100, 'none' a missing value. */
export function fulfillmentBand(percent: number | null): FulfillmentBand {
  if (percent === null || !Number.isFinite(percent)) return 'none'
  if (percent <= 0) return 'zero'
  if (percent < 50) return 'under50'
  if (percent < 80) return '50to79'
  if (percent < 100) return '80to99'
  return percent === 100 ? 'full' : 'over100'
}

export interface FulfillmentSummary {
  readonly count: number
  /** Metas with a readable percentage: the ones the mean and median are over. */
  readonly withPercent: number
  readonly mean: number | null
  readonly median: number | null
  readonly bands: Readonly<Record<FulfillmentBand, number>>
}

export interface GroupSummary extends FulfillmentSummary {
  /** Folded text the group is keyed by (spellings that differ only in accents, case, punctuation or plural are one group). */
  readonly key: string
  /** The group's most used spelling. */
  readonly label: string
  /** Objective code ("2.1"), for objective groups. */
  readonly code: string | null
  /** Objective text without its code, shortened, for objective groups; else the label. */
  readonly shortName: string
  /** Meta ids of the group, in report order. */
  readonly metas: readonly number[]
}

export interface ReportStatistics extends FulfillmentSummary {
  readonly byObjective: readonly GroupSummary[]
  readonly byCompetenceType: readonly GroupSummary[]
}

/** Count, mean, median and bands of a list of metas, without the per-group figures. */
export function summarize(metas: readonly Meta[]): FulfillmentSummary {
  const bands = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<FulfillmentBand, number>
  const percents: number[] = []
  for (const meta of metas) {
    const p = metaValues(meta).percent
    bands[fulfillmentBand(p)]++
    if (p !== null) percents.push(p)
  }
  percents.sort((a, b) => a - b)
  const n = percents.length
  const mid = n >> 1
  return {
    count: metas.length,
    withPercent: n,
    mean: n === 0 ? null : percents.reduce((s, p) => s + p, 0) / n,
    median: n === 0 ? null : n % 2 === 1 ? percents[mid]! : (percents[mid - 1]! + percents[mid]!) / 2,
    bands,
  }
}

/** Groups by folded cell text, in order of first appearance. */
function groupBy(metas: readonly Meta[], key: ColumnKey, isObjective: boolean): GroupSummary[] {
  const fold = memoFold(foldCategory)
  const groups = new Map<string, Meta[]>()
  for (const meta of metas) {
    const k = fold(meta.cells[key])
    const list = groups.get(k)
    if (list) list.push(meta)
    else groups.set(k, [meta])
  }
  return [...groups].map(([k, list]) => {
    const label = mostUsed(list.map((m) => m.cells[key]))
    return {
      key: k,
      label,
      code: isObjective ? objectiveCode(label) : null,
      shortName: isObjective ? objectiveShortName(label) : label,
      metas: list.map((m) => m.id),
      ...summarize(list),
    }
  })
}

function mostUsed(texts: readonly string[]): string {
  const counts = new Map<string, number>()
  let best = texts[0] ?? ''
  for (const t of texts) {
    const c = (counts.get(t) ?? 0) + 1
    counts.set(t, c)
    if (c > counts.get(best)!) best = t
  }
  return best
}

export function statistics(metas: readonly Meta[]): ReportStatistics {
  return {
    ...summarize(metas),
    byObjective: groupBy(metas, 'objective', true),
    byCompetenceType: groupBy(metas, 'competenceType', false),
  }
}
