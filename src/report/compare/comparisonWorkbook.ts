/**
 * A comparison as an XLSX workbook, one sheet per part: summary, changed cells (one row per cell),
 * metas without a partner, and the pairs with their confidence. Written by the one XLSX writer
 * (xlsxWorkbook) through the one cell encoder (xlsxCell): numbers stay numbers, texts are guarded
 * against formulas. Import lazily in the browser: it pulls in exceljs.
 */
import { columnDef, textCell, typedReportCell } from '../columns'
import type { Bilingual, ColumnKey } from '../types'
import { xlsxCell } from '../xlsxCells'
import { fittedWidth, writeWorkbook, type SheetCell, type SheetRow, type SheetSpec } from '../xlsxWorkbook'
import { UNMATCHED_COLUMNS, type ComparisonTables, type ReportHeading } from './comparisonTables'
import type { MatchMode, PairBasis } from './matchMetas'

/** The workbook's words, in the UI language (the feature's catalog gives them). */
export interface ComparisonSheetLabels {
  readonly sheets: { readonly summary: string; readonly changes: string; readonly unmatched: string; readonly pairs: string }
  readonly sides: { readonly a: string; readonly b: string }
  readonly report: { readonly label: string; readonly entity: string; readonly year: string; readonly metas: string }
  readonly mode: string
  readonly modes: Readonly<Record<MatchMode, string>>
  readonly counts: {
    readonly matched: string
    readonly changed: string
    readonly unchanged: string
    readonly onlyA: string
    readonly onlyB: string
    readonly changedCells: string
    readonly unsure: string
  }
  readonly headers: {
    readonly metaA: string
    readonly metaB: string
    readonly description: string
    readonly column: string
    readonly before: string
    readonly after: string
    readonly delta: string
    readonly side: string
    readonly meta: string
    readonly basis: string
    readonly confidence: string
    readonly changed: string
  }
  readonly bases: Readonly<Record<PairBasis, string>>
}

const text = (value: string): SheetCell => xlsxCell(textCell(value))
const count = (value: number): SheetCell => xlsxCell({ type: 'integer', value })
const metaCell = (no: number | string): SheetCell => (typeof no === 'number' ? count(no) : text(no))
const reportCell = (key: ColumnKey, value: string): SheetCell => xlsxCell(typedReportCell(columnDef(key), value))

/** A number's change, typed as its column: a percentage's points show as "5,00 %". */
const deltaCell = (key: ColumnKey, delta: number | null): SheetCell => xlsxCell({ type: columnDef(key).type, value: delta })

function table(name: string, headers: readonly string[], body: readonly (readonly SheetCell[])[], widths: readonly number[]): SheetSpec {
  const rows: SheetRow[] = [{ number: 1, cells: headers.map(text) }, ...body.map((cells, i) => ({ number: i + 2, cells }))]
  return { name, rows, widths, frozenRows: 1, header: true }
}

function summarySheet(tables: ComparisonTables, labels: ComparisonSheetLabels): SheetSpec {
  const { summary } = tables
  const side = (title: string, report: ReportHeading): SheetCell[][] => [
    [text(title)],
    [text(labels.report.label), text(report.label)],
    [text(labels.report.entity), text(report.entity)],
    [text(labels.report.year), report.year === null ? { value: null } : count(report.year)],
    [text(labels.report.metas), count(report.metas)],
    [],
  ]
  const c = labels.counts
  const lines: SheetCell[][] = [
    ...side(labels.sides.a, tables.a),
    ...side(labels.sides.b, tables.b),
    [text(labels.mode), text(labels.modes[tables.mode])],
    [text(c.matched), count(summary.matched)],
    [text(c.changed), count(summary.changed)],
    [text(c.unchanged), count(summary.unchanged)],
    [text(c.onlyA), count(summary.onlyA)],
    [text(c.onlyB), count(summary.onlyB)],
    [text(c.changedCells), count(summary.changedCells)],
    [text(c.unsure), count(summary.unsure)],
  ]
  const widths = [fittedWidth(lines.map((l) => String(l[0]?.value ?? '').length)), fittedWidth(lines.map((l) => String(l[1]?.value ?? '').length))]
  return { name: labels.sheets.summary, rows: lines.map((cells, i) => ({ number: i + 1, cells })), widths, styles: ['bold', null] }
}

export async function comparisonWorkbook(tables: ComparisonTables, labels: ComparisonSheetLabels, lang: keyof Bilingual): Promise<Uint8Array> {
  const h = labels.headers
  const columnLabel = (key: ColumnKey) => columnDef(key).label[lang]
  const changes = table(
    labels.sheets.changes,
    [h.metaA, h.metaB, h.description, h.column, h.before, h.after, h.delta],
    tables.changes.map((row) => [
      metaCell(row.metaA),
      metaCell(row.metaB),
      text(row.description),
      text(columnLabel(row.column)),
      reportCell(row.column, row.before),
      reportCell(row.column, row.after),
      deltaCell(row.column, row.delta),
    ]),
    [10, 10, 50, 24, 50, 50, 14],
  )
  const unmatched = table(
    labels.sheets.unmatched,
    [h.side, h.meta, ...UNMATCHED_COLUMNS.map(columnLabel)],
    tables.unmatched.map((row) => [text(labels.sides[row.side]), metaCell(row.meta), ...UNMATCHED_COLUMNS.map((key) => reportCell(key, row.cells[key]))]),
    [18, 10, 40, 50, 40, 14, 14, 14],
  )
  const pairs = table(
    labels.sheets.pairs,
    [h.metaA, h.metaB, h.basis, h.confidence, h.changed],
    tables.pairs.map((row) => [
      metaCell(row.metaA),
      metaCell(row.metaB),
      text(labels.bases[row.basis]),
      xlsxCell({ type: 'percent', value: Math.round(row.confidence * 1000) / 10 }),
      text(row.changed.map(columnLabel).join(', ')),
    ]),
    [10, 10, 24, 14, 60],
  )
  return writeWorkbook([summarySheet(tables, labels), changes, unmatched, pairs])
}
