/**
 * The grid's view of each column: width, alignment, editor and filter kind, display text and how
 * typed text becomes a cell's source text. Columns are defined in COLUMNS and COMPUTED_COLUMNS.
 */
import { columnDef, formatCell, isNumericColumn, parseCell, type ColumnDef } from '../../report/columns'
import { metaValues } from '../../report/metaValues'
import { formatNumber, formatPercent, parseNumber, percentCellText } from '../../report/numbers'
import type { ColumnKey, Meta } from '../../report/types'
import { computedColumnDef, extraIndex, isComputedColumn, isExtraColumn, viewColumnDef, type ViewColumnKey } from '../../report/viewColumns'
import type { ViewContext } from '../../report/view/viewContext'
import type { GridMessages } from '../../ui/i18n/gridMessages'

export type FilterKind = 'facet' | 'range' | 'findings' | 'status' | 'unit' | null

export interface GridColumn {
  readonly key: ViewColumnKey
  /** The report column, or null for a computed one. */
  readonly def: ColumnDef | null
  readonly width: number
  readonly numeric: boolean
  readonly filter: FilterKind
}

const FILTERS: Partial<Record<ViewColumnKey, FilterKind>> = {
  objective: 'facet',
  competenceType: 'facet',
  planned: 'range',
  achieved: 'range',
  percent: 'range',
  findings: 'findings',
  reviewStatus: 'status',
  unit: 'unit',
}

export function gridColumn(key: ViewColumnKey): GridColumn {
  if (isComputedColumn(key)) {
    const computed = computedColumnDef(key)
    // Findings are a badge in words ("2 hallazgos"), not a figure to align right.
    return { key, def: null, width: computed.width, numeric: computed.type === 'percent', filter: FILTERS[key] ?? null }
  }
  // A column of the file's own: its text, read-only, neither filtered nor typed.
  if (isExtraColumn(key)) return { key, def: null, width: viewColumnDef(key).width, numeric: false, filter: null }
  const def = columnDef(key)
  return { key, def, width: def.width, numeric: isNumericColumn(def), filter: FILTERS[key] ?? null }
}

/** The computed percentage, shown only when it differs from the reported one by more than 0.01 points. */
export function disagreeingPercent(meta: Meta): number | null {
  const v = metaValues(meta)
  if (v.computedPercent === null) return null
  if (v.percent !== null && Math.abs(v.computedPercent - v.percent) <= 0.01) return null
  return v.computedPercent
}

/** What a cell shows (and what copying it gives): numbers the Ecuadorian way, unparseable text as is. */
export function cellText(meta: Meta, key: ViewColumnKey, context: ViewContext, t: GridMessages, statusNames: Readonly<Record<string, string>>): string {
  if (key === 'computedPercent') return formatPercent(disagreeingPercent(meta))
  if (key === 'findings') {
    const count = Number(computedColumnDef(key).value(meta, context))
    return count > 0 ? t.findingsCount(count) : ''
  }
  if (key === 'reviewStatus') {
    const status = String(computedColumnDef(key).value(meta, context))
    return statusNames[status] ?? status
  }
  if (key === 'unit') {
    const units = context.units
    if (!units || units.idOf(meta.id) === null) return t.noUnit
    // A unit this browser does not know yet (the list is loading) shows blank, not «Sin asignar».
    return units.nameOf(meta.id) ?? ''
  }
  if (isExtraColumn(key)) return meta.extra?.[extraIndex(key)] ?? ''
  const def = columnDef(key)
  const text = meta.cells[key]
  if (!isNumericColumn(def)) return text
  const parsed = parseCell(def, text)
  return parsed.ok ? formatCell(def, parsed.value) : text
}

/** The report's own columns: computed ones and the file's extra ones are read-only. */
export function isEditable(key: ViewColumnKey): key is ColumnKey {
  return !isComputedColumn(key) && !isExtraColumn(key)
}

export type EditParse = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'number' | 'integer' }

/**
 * Typed or pasted text to the cell's new source text. Numbers are read the Ecuadorian way
 * ("89,65" is 89.65, "1.234,5" is 1234.5) and written in the report's own style.
 */
export function parseEdit(key: ColumnKey, input: string): EditParse {
  const def = columnDef(key)
  if (!isNumericColumn(def)) return { ok: true, text: input }
  const parsed = parseCell(def, input)
  if (!parsed.ok) return { ok: false, reason: def.type === 'integer' && parseNumber(input).ok ? 'integer' : 'number' }
  const value = parsed.value
  if (value === null || typeof value === 'string') return { ok: true, text: '' }
  // The seed writes percentages as "140,60%" and other numbers with as many decimals as needed.
  if (def.type === 'percent') return { ok: true, text: percentCellText(value) }
  if (def.type === 'integer') return { ok: true, text: String(value) }
  return { ok: true, text: formatNumber(value, 0, 10) }
}

/** The text an editor starts with: numbers as the user would type them, text as is. */
export function editText(meta: Meta, key: ColumnKey): string {
  const def = columnDef(key)
  const text = meta.cells[key]
  if (!isNumericColumn(def)) return text
  const parsed = parseCell(def, text)
  if (!parsed.ok || typeof parsed.value !== 'number') return text
  return formatNumber(parsed.value, 0, 10)
}
