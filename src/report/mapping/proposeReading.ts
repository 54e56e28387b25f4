/**
 * The mapping step's proposal for a file: which sheet, which header row (one or two rows, among
 * the first 30) and which file column for each report column. A saved template of the same form
 * decides alone; otherwise the header is the row that names the most report columns.
 */
import { parseNumber } from '../numbers'
import type { ColumnKey, ColumnMapping, PercentScale, SheetSketch, SketchRow, TableSketch } from '../types'
import { headerLabels, headerSignature, type HeaderLabel } from './headerText'
import { HEADER_ROWS_SEARCHED, matchTemplate, type MappingTemplate } from './mappingTemplate'
import { dataRows, headerNameScore, NO_COLUMNS, proposeColumns } from './proposeMapping'

/** A header: its first row's index among the sheet's rows, and how many rows it spans. */
export interface HeaderChoice {
  readonly index: number
  readonly rows: 1 | 2
}

export interface ReadingProposal {
  readonly sheet: number
  readonly header: HeaderChoice
  readonly columns: Record<ColumnKey, number | null>
  readonly percentScale: PercentScale
  /** The saved template it comes from (its signature), or null when proposed from names and values. */
  readonly template: string | null
  /** False when no row looked like a header: the first row with text is offered, for the user to correct. */
  readonly found: boolean
}

const filled = (row: SketchRow) => row.cells.map((c) => c.trim()).filter((c) => c !== '')

/** A row that may be a header: several cells, short texts, hardly any numbers. */
function headerLike(row: SketchRow | undefined): boolean {
  if (!row) return false
  const cells = filled(row)
  if (cells.length < 2 || cells.some((c) => c.length > 200)) return false
  const numbers = cells.filter((c) => {
    const n = parseNumber(c)
    return n.ok && n.value !== null
  }).length
  return numbers <= cells.length * 0.2
}

function headerScore(sheet: SheetSketch, labels: readonly HeaderLabel[], choice: HeaderChoice): number {
  const named = labels.filter((l) => l.text !== '').length
  const hasData = dataRows(sheet.rows, choice.index, choice.rows).length > 0
  return headerNameScore(labels) * 10 + named * 0.5 + (hasData ? 2 : 0)
}

/** The best header of a sheet with its score, or null when no row looks like one. */
export function detectHeader(sheet: SheetSketch): { readonly choice: HeaderChoice; readonly score: number } | null {
  let best: { choice: HeaderChoice; score: number } | null = null
  const end = Math.min(sheet.rows.length, HEADER_ROWS_SEARCHED)
  for (let i = 0; i < end; i++) {
    if (!headerLike(sheet.rows[i])) continue
    const one: HeaderChoice = { index: i, rows: 1 }
    let choice = one
    let score = headerScore(sheet, headerLabels([sheet.rows[i]!], sheet.merges), one)
    if (headerLike(sheet.rows[i + 1])) {
      const two: HeaderChoice = { index: i, rows: 2 }
      const labels = headerLabels(sheet.rows.slice(i, i + 2), sheet.merges)
      // A second row counts only when it names more of the report: a first data row of text does not.
      const twoScore = headerScore(sheet, labels, two)
      if (headerNameScore(labels) > headerNameScore(headerLabels([sheet.rows[i]!], sheet.merges)) + 0.5 && twoScore > score) {
        choice = two
        score = twoScore
      }
    }
    if (!best || score > best.score) best = { choice, score }
  }
  return best
}

/** The labels of a header choice. */
export function choiceLabels(sheet: SheetSketch, choice: HeaderChoice): HeaderLabel[] {
  return headerLabels(sheet.rows.slice(choice.index, choice.index + choice.rows), sheet.merges)
}

/** The proposal for one sheet and header: a template of that signature, else names and values. */
export function proposeFor(sketch: TableSketch, sheetIndex: number, header: HeaderChoice, templates: readonly MappingTemplate[] = [], found = true): ReadingProposal {
  const sheet = sketch.sheets[sheetIndex]!
  const labels = choiceLabels(sheet, header)
  const signature = headerSignature(labels)
  const template = templates.find((t) => t.signature === signature && t.headerRows === header.rows)
  if (template) return { sheet: sheetIndex, header, columns: { ...template.columns }, percentScale: template.percentScale, template: signature, found }
  const { columns, percentScale } = proposeColumns(labels, dataRows(sheet.rows, header.index, header.rows))
  return { sheet: sheetIndex, header, columns, percentScale, template: null, found }
}

/** The proposal for a whole file: a matching template first, else each sheet's best header. */
export function proposeReading(sketch: TableSketch, templates: readonly MappingTemplate[] = []): ReadingProposal {
  for (const template of templates) {
    for (const [s, sheet] of sketch.sheets.entries()) {
      const match = matchTemplate(sheet, template)
      if (match.ok) {
        return {
          sheet: s,
          header: { index: match.index, rows: template.headerRows },
          columns: match.columns,
          percentScale: template.percentScale,
          template: template.signature,
          found: true,
        }
      }
    }
  }
  let best: { sheet: number; choice: HeaderChoice; score: number } | null = null
  for (const [s, sheet] of sketch.sheets.entries()) {
    const detected = detectHeader(sheet)
    if (detected && (!best || detected.score > best.score)) best = { sheet: s, ...detected }
  }
  if (best) return proposeFor(sketch, best.sheet, best.choice)
  const sheet = Math.max(
    0,
    sketch.sheets.findIndex((s) => s.rows.some((r) => filled(r).length > 0)),
  )
  const first = Math.max(0, sketch.sheets[sheet]?.rows.findIndex((r) => filled(r).length > 0) ?? 0)
  return { sheet, header: { index: first, rows: 1 }, columns: NO_COLUMNS(), percentScale: 'points', template: null, found: false }
}

/** With fewer report columns proposed, a file is another table: it is refused rather than mapped. */
const MIN_PROPOSED = 3

/** Whether a file whose header is unknown looks enough like a goals table to offer mapping its columns. */
export function worthMapping(proposal: ReadingProposal): boolean {
  return proposal.template !== null || Object.values(proposal.columns).filter((at) => at !== null).length >= MIN_PROPOSED
}

/** The confirmed choice as the mapping the parser reads the file with. */
export function toColumnMapping(sketch: TableSketch, proposal: Pick<ReadingProposal, 'sheet' | 'header' | 'columns' | 'percentScale'>): ColumnMapping {
  const sheet = sketch.sheets[proposal.sheet]!
  const line = sheet.rows[proposal.header.index]?.line ?? 1
  return {
    ...(sketch.format === 'xlsx' ? { sheet: sheet.name } : {}),
    ...(sketch.delimiter === undefined ? {} : { delimiter: sketch.delimiter }),
    headerRow: line,
    headerRows: proposal.header.rows,
    columns: { ...proposal.columns },
    percentScale: proposal.percentScale,
  }
}

/** The confirmed choice as a template of its form, saved at `now` (epoch ms). */
export function templateOf(sketch: TableSketch, proposal: Pick<ReadingProposal, 'sheet' | 'header' | 'columns' | 'percentScale'>, now: number): MappingTemplate {
  const labels = choiceLabels(sketch.sheets[proposal.sheet]!, proposal.header)
  return {
    signature: headerSignature(labels),
    labels: labels.map((l) => l.text),
    headerRows: proposal.header.rows,
    columns: { ...proposal.columns },
    percentScale: proposal.percentScale,
    savedAt: now,
  }
}
