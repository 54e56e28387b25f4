/**
 * The header a table is read with: found by the known layout's names (headerMap), or given by a
 * mapping (confirmed by the user, a template, a --mapping file) and checked against the file.
 */
import { columnDef, COLUMNS } from '../columns'
import { findHeader, HEADER_SEARCH_ROWS } from '../headerMap'
import { parseErrors } from '../parseErrors'
import type { ColumnKey, ColumnMapping, ParseError, PercentScale, SketchRow } from '../types'
import { headerLabels, type HeaderLabel } from './headerText'
import { matchTemplate, type MappingTemplate } from './mappingTemplate'

/** Rows of each sheet the mapping step sees: a header among the first 30, and 20 rows under it to preview. */
export const SKETCH_ROWS = 60

export interface TableHeader {
  /** Index of the header's first row among the rows read. */
  readonly index: number
  readonly rows: 1 | 2
  /** The report column at each position (null: a column the report does not know). */
  readonly columns: readonly (ColumnKey | null)[]
  readonly labels: readonly HeaderLabel[]
  readonly percentScale: PercentScale
  /** The mapping it comes from; absent for the known layout. */
  readonly mapping?: ColumnMapping
}

/** Where the rows come from: the sheet's name (XLSX) and its merged ranges, or the text's separator. */
export interface RowsPlace {
  readonly sheet?: string
  readonly merges?: readonly string[]
  readonly delimiter?: string
}

/** The known layout's header among the first rows, or why there is none. */
export function knownHeader(head: readonly SketchRow[], place: RowsPlace = {}): TableHeader | ParseError {
  const match = findHeader(head.slice(0, HEADER_SEARCH_ROWS + 1).map((r) => r.cells))
  if (!match) return parseErrors.noHeader(head[0]?.line ?? 1)
  const line = head[match.index]!.line
  const missing = COLUMNS.filter((c) => c.required && !match.columns.includes(c.key))
  if (missing.length > 0)
    return parseErrors.missingColumns(
      line,
      missing.map((c) => c.label),
      place.sheet,
    )
  const labels = headerLabels(head.slice(match.index, match.index + match.rows), place.merges)
  return { index: match.index, rows: match.rows === 2 ? 2 : 1, columns: match.columns, labels, percentScale: 'points' }
}

/** The header a mapping names, checked: its row exists and every mapped position is a column of it. */
export function mappedHeader(head: readonly SketchRow[], mapping: ColumnMapping, place: RowsPlace = {}): TableHeader | ParseError {
  const index = head.findIndex((r) => r.line === mapping.headerRow)
  const labels = index < 0 ? [] : headerLabels(head.slice(index, index + mapping.headerRows), place.merges)
  if (labels.length === 0) return parseErrors.mappingNoHeaderRow(mapping.headerRow, place.sheet)
  const mapped = COLUMNS.filter((def) => mapping.columns[def.key] !== null && mapping.columns[def.key] !== undefined)
  if (mapped.length === 0) return parseErrors.mappingEmpty()
  const outside = mapped.filter((def) => mapping.columns[def.key]! >= labels.length)
  if (outside.length > 0) {
    return parseErrors.mappingLacks(
      mapping.headerRow,
      outside.map((def) => columnDef(def.key).label),
      place.sheet,
    )
  }
  const columns: (ColumnKey | null)[] = labels.map(() => null)
  for (const def of mapped) columns[mapping.columns[def.key]!] = def.key
  return { index, rows: mapping.headerRows, columns, labels, percentScale: mapping.percentScale, mapping }
}

/**
 * The header of the first template that fits the rows, as a mapping. With `strict` (a mapping the
 * user gave), a template that fits nowhere is an error naming the columns the file lacks.
 */
export function templateHeader(head: readonly SketchRow[], templates: readonly MappingTemplate[], place: RowsPlace, strict: boolean): TableHeader | ParseError | null {
  let failure: ParseError | null = null
  for (const template of templates) {
    const match = matchTemplate({ rows: head, merges: place.merges ?? [] }, template)
    if (!match.ok) {
      failure ??= parseErrors.mappingLacks(
        head[match.index]?.line ?? 1,
        match.missing.map((l) => ({ es: l, en: l })),
        place.sheet,
      )
      continue
    }
    const mapping: ColumnMapping = {
      ...(place.sheet === undefined ? {} : { sheet: place.sheet }),
      ...(place.delimiter === undefined ? {} : { delimiter: place.delimiter }),
      headerRow: head[match.index]!.line,
      headerRows: template.headerRows,
      columns: match.columns,
      percentScale: template.percentScale,
    }
    return mappedHeader(head, mapping, place)
  }
  return strict ? failure : null
}

/** How a parse finds its header: a given mapping, else the known layout, else a saved template. */
export interface HeaderOptions {
  /** Read the table with this mapping (confirmed by the user, or kept with the workspace). */
  readonly mapping?: ColumnMapping
  /** Saved templates: a file of one of their forms is read with it. */
  readonly templates?: readonly MappingTemplate[]
  /** The templates are the user's own choice (--mapping): one that fits nowhere is an error naming what the file lacks. */
  readonly strictTemplates?: boolean
}

export function resolveHeader(head: readonly SketchRow[], options: HeaderOptions, place: RowsPlace = {}): TableHeader | ParseError {
  if (options.mapping) return mappedHeader(head, options.mapping, place)
  const known = knownHeader(head, place)
  if (!('code' in known)) return known
  return templateHeader(head, options.templates ?? [], place, options.strictTemplates ?? false) ?? known
}

/** Failures a mapping by hand can get past: the file is a table, just not one of the known layout. */
export function mappable(error: ParseError): boolean {
  return error.code === 'noHeader' || error.code === 'missingColumns'
}
