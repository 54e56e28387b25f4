import type { ActivityEntry, ActivityKind } from '../../drafts/activity'
import { NO_UNIT } from '../../report/team/metaUnits'

/** Who made an entry, as the feed's person filter tells people apart: the account, else the name typed here. */
export function personKey(entry: ActivityEntry): string {
  return entry.author ? `account:${entry.author.id}` : `local:${entry.by.trim()}`
}

/** The feed's filters; '' lets everything through. Dates are local calendar days, YYYY-MM-DD, both ends included. */
export interface ActivityFilter {
  readonly person: string
  readonly unit: string
  readonly kind: ActivityKind | ''
  readonly from: string
  readonly to: string
}

export const NO_FILTER: ActivityFilter = { person: '', unit: '', kind: '', from: '', to: '' }

/** Midnight of a YYYY-MM-DD day in local time (the official's day), or null when the text is no such day. */
function localDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime()
}

/** The entries that pass every filter, in their order. `unitOf`: the unit id a meta is assigned to, or null. */
export function filterActivity(entries: readonly ActivityEntry[], filter: ActivityFilter, unitOf: (meta: number) => string | null): ActivityEntry[] {
  const from = localDay(filter.from)
  const toDay = localDay(filter.to)
  const to = toDay === null ? null : new Date(toDay).setDate(new Date(toDay).getDate() + 1)
  return entries.filter(
    (e) =>
      (filter.person === '' || personKey(e) === filter.person) &&
      (filter.kind === '' || e.kind === filter.kind) &&
      (filter.unit === '' || (unitOf(e.meta) ?? NO_UNIT) === filter.unit) &&
      (from === null || e.at >= from) &&
      (to === null || e.at < to),
  )
}
