/**
 * The columns a view can show: the report's own (COLUMNS), the ones it computes, defined here
 * once each (label, type, width, value, sort key), and the file's own extra columns (read-only
 * text, named by their header). The grid, sorting, view descriptions and every export read this
 * table, as they read COLUMNS for the report's columns.
 */
import { COLUMNS, columnDef } from './columns'
import { metaValues } from './metaValues'
import { REVIEW_STATUSES, UNREVIEWED } from './reviewStatus'
import type { Bilingual, ColumnKey, ColumnType, ExtraColumn, Meta } from './types'
import type { ViewContext } from './view/viewContext'

export type ComputedColumnKey = 'computedPercent' | 'findings' | 'reviewStatus' | 'unit'

/** A column of the file the report does not know (SourceInfo.extraColumns), by its place among them. */
export type ExtraColumnKey = `extra:${number}`

/** Columns the view can show or sort by: the report's own, the ones computed from it, and the file's extra ones. */
export type ViewColumnKey = ColumnKey | ComputedColumnKey | ExtraColumnKey

export interface ComputedColumnDef {
  readonly key: ComputedColumnKey
  readonly label: Bilingual
  /** What its values are, in a report column's terms: exports type their cells by it. */
  readonly type: ColumnType
  /** Default width in the grid, in CSS pixels. */
  readonly width: number
  /** A meta's value: a number (percentage points, a count) or an id (a review status) the caller names. */
  readonly value: (meta: Meta, context: ViewContext) => number | string | null
  /** The number a meta sorts by (NaN: no value, always last). */
  readonly sortKey: (meta: Meta, context: ViewContext) => number
  /** The value comes from the context, which changes without the report changing: sorts by it are never cached. */
  readonly fromContext: boolean
}

const statusRank = new Map<string, number>(REVIEW_STATUSES.map((s, i) => [s, i]))
const statusOf = (meta: Meta, context: ViewContext) => context.reviewStatus?.(meta.id) ?? UNREVIEWED

export const COMPUTED_COLUMNS: readonly ComputedColumnDef[] = [
  {
    key: 'computedPercent',
    label: { es: 'Cumplimiento calculado', en: 'Computed fulfillment' },
    type: 'percent',
    width: 130,
    value: (meta) => metaValues(meta).computedPercent,
    sortKey: (meta) => metaValues(meta).computedPercent ?? Number.NaN,
    fromContext: false,
  },
  {
    key: 'findings',
    label: { es: 'Hallazgos', en: 'Findings' },
    type: 'integer',
    width: 120,
    value: (meta, context) => context.findings?.get(meta.id)?.count ?? 0,
    // Worst severity first, then how many: one key, since counts stay far below 10,000.
    sortKey: (meta, context) => {
      const s = context.findings?.get(meta.id)
      return s ? s.worstRank * 10_000 + s.count : 0
    },
    fromContext: true,
  },
  {
    key: 'reviewStatus',
    label: { es: 'Estado de revisión', en: 'Review status' },
    type: 'category',
    width: 140,
    // A meta nobody has reviewed reads "Sin revisar", a value to sort and filter by, not a blank.
    value: statusOf,
    // The workflow's order (unreviewed first), not the ids' alphabetical one.
    sortKey: (meta, context) => statusRank.get(statusOf(meta, context)) ?? REVIEW_STATUSES.length,
    fromContext: true,
  },
  {
    key: 'unit',
    label: { es: 'Unidad responsable', en: 'Responsible unit' },
    type: 'category',
    width: 190,
    // The unit's name (null: no unit's, which the screens call «Sin asignar»).
    value: (meta, context) => context.units?.nameOf(meta.id) ?? null,
    // Units by name in Spanish order; metas of no unit last.
    sortKey: (meta, context) => context.units?.rankOf(meta.id) ?? Number.NaN,
    fromContext: true,
  },
]

/** Columns of team mode only: the local copy knows no units. */
const TEAM_COLUMNS: ReadonlySet<ViewColumnKey> = new Set<ViewColumnKey>(['unit'])

/** Whether the column shows in this mode (`team`: a shared report of the team server). */
export function shownInMode(key: ViewColumnKey, team: boolean): boolean {
  return team || !TEAM_COLUMNS.has(key)
}

const COMPUTED_BY_KEY = new Map(COMPUTED_COLUMNS.map((c) => [c.key, c]))

/** Every view column: the report's columns, then the computed ones. */
export const VIEW_COLUMN_KEYS: readonly ViewColumnKey[] = [...COLUMNS.map((c) => c.key), ...COMPUTED_COLUMNS.map((c) => c.key)]

const EXTRA_KEY = /^extra:(0|[1-9]\d{0,3})$/

export const extraColumnKey = (index: number): ExtraColumnKey => `extra:${index}`

export function isExtraColumn(key: ViewColumnKey): key is ExtraColumnKey {
  return EXTRA_KEY.test(key)
}

/** The extra column's place among the file's extra columns (and in Meta.extra). */
export function extraIndex(key: ExtraColumnKey): number {
  return Number(key.slice('extra:'.length))
}

/** A report's view columns: every column of the table (in team mode, its own too), then its file's extra columns. */
export function reportViewColumnKeys(extras: readonly ExtraColumn[] = [], team = false): ViewColumnKey[] {
  return [...VIEW_COLUMN_KEYS.filter((key) => shownInMode(key, team)), ...extras.map((_, i) => extraColumnKey(i))]
}

export function isViewColumnKey(key: string): key is ViewColumnKey {
  return (VIEW_COLUMN_KEYS as readonly string[]).includes(key) || EXTRA_KEY.test(key)
}

/** Grid width of an extra column, in CSS pixels: its values are unknown to the column table. */
const EXTRA_WIDTH = 180

export function isComputedColumn(key: ViewColumnKey): key is ComputedColumnKey {
  return COMPUTED_BY_KEY.has(key as ComputedColumnKey)
}

export function computedColumnDef(key: ComputedColumnKey): ComputedColumnDef {
  return COMPUTED_BY_KEY.get(key)!
}

/** The column's own definition: its row of COLUMNS or of COMPUTED_COLUMNS, or an extra column's header as text. */
export function viewColumnDef(key: ViewColumnKey, extras: readonly ExtraColumn[] = []): { readonly label: Bilingual; readonly type: ColumnType; readonly width: number } {
  if (isExtraColumn(key)) {
    const header = extras[extraIndex(key)]?.header ?? key
    return { label: { es: header, en: header }, type: 'text', width: EXTRA_WIDTH }
  }
  return isComputedColumn(key) ? computedColumnDef(key) : columnDef(key)
}

/** `extras`: the report's SourceInfo.extraColumns, which name its extra columns. */
export function viewColumnLabel(key: ViewColumnKey, lang: keyof Bilingual, extras: readonly ExtraColumn[] = []): string {
  return viewColumnDef(key, extras).label[lang]
}
