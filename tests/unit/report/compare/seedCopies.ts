/**
 * Copies of the seed as a user brings them to a comparison, written as report text and read by the
 * real parser: the same file with a few cells edited, or its metas reordered, reworded, removed and
 * added (as another year's report would have them).
 */
import type { ColumnKey, Report } from '../../../../src/report/types'
import { parseOk, seedReport, seedText } from '../../../fixtures/seedReport'

export interface CellEditSpec {
  /** Seed meta id. */
  readonly meta: number
  readonly column: ColumnKey
  readonly after: string
}

const lines = () => seedText().split('\n')
const position = (column: ColumnKey) => seedReport().source.columns.indexOf(column)

/** The seed's text with these cells replaced, every other byte as it was. */
export function editedSeedText(edits: readonly CellEditSpec[]): string {
  const out = lines()
  for (const { meta, column, after } of edits) {
    const at = seedReport().metas[meta]!.line - 1
    const cells = out[at]!.split('\t')
    cells[position(column)] = after
    out[at] = cells.join('\t')
  }
  return out.join('\n')
}

export const editedSeed = (edits: readonly CellEditSpec[]): Report => parseOk(new TextEncoder().encode(editedSeedText(edits)))

/** A meta row of a copy: a seed meta (with some cells replaced) or a new one. */
export interface CopyRow {
  /** Seed meta id, or null for a meta the copy adds. */
  readonly from: number | null
  readonly cells: readonly string[]
}

/** The seed's meta rows as cells, in seed order. */
export function seedCopyRows(): CopyRow[] {
  const all = lines()
  return seedReport().metas.map((m) => ({ from: m.id, cells: all[m.line - 1]!.split('\t') }))
}

/** A copy with the seed's title and first page header, then these rows on one page. */
export function copyText(rows: readonly CopyRow[]): string {
  const all = lines()
  const firstMeta = seedReport().metas[0]!.line - 1
  return [...all.slice(0, firstMeta), ...rows.map((r) => r.cells.join('\t'))].join('\n')
}

export const copyReport = (rows: readonly CopyRow[]): Report => parseOk(new TextEncoder().encode(copyText(rows)))

/** A row's cell replaced. */
export function withCell(row: CopyRow, column: ColumnKey, text: string): CopyRow {
  const cells = row.cells.slice()
  cells[position(column)] = text
  return { ...row, cells }
}

/** A new meta in the seed's layout: a copy of `like` (its objective and competence) with new texts and figures. */
export function newMeta(like: CopyRow, no: string, description: string, indicator: string): CopyRow {
  let row: CopyRow = { from: null, cells: like.cells }
  const cells: [ColumnKey, string][] = [
    ['no', no],
    ['description', description],
    ['indicator', indicator],
    ['planned', '10'],
    ['achieved', '7'],
    ['percent', '70,00%'],
    ['result', `Se avanzó en ${description.toLowerCase()}.`],
  ]
  for (const [column, text] of cells) row = withCell(row, column, text)
  return row
}
