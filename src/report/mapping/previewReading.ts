/**
 * The first metas of a file as a proposal reads them: the same header check and row reading as
 * the import (buildReport), on the rows the mapping step has, so the preview is what will be read.
 */
import { buildReport, type SourceRecord } from '../buildReport'
import { parseErrors } from '../parseErrors'
import type { ExtraColumn, Meta, ParseError, TableSketch } from '../types'
import { toColumnMapping, type ReadingProposal } from './proposeReading'
import { mappedHeader } from './tableHeader'

/** Metas a preview shows. */
export const PREVIEW_METAS = 20

export type ReadingPreview =
  | { readonly ok: true; readonly metas: readonly Meta[]; readonly extraColumns: readonly ExtraColumn[] }
  | { readonly ok: false; readonly error: ParseError }

export function previewReading(sketch: TableSketch, proposal: Pick<ReadingProposal, 'sheet' | 'header' | 'columns' | 'percentScale'>): ReadingPreview {
  const sheet = sketch.sheets[proposal.sheet]!
  const name = sketch.format === 'xlsx' ? sheet.name : undefined
  if (sheet.rowCount === 0) return { ok: false, error: parseErrors.emptySheet(sheet.name) }
  const header = mappedHeader(sheet.rows, toColumnMapping(sketch, proposal), { sheet: name, merges: sheet.merges })
  if ('code' in header) return { ok: false, error: header }
  // Sheet rows hold their cells as read; text rows are never written back from a preview.
  const records: SourceRecord[] = sheet.rows.map((r) => (sketch.format === 'xlsx' ? { ...r, xlsx: [] } : { ...r, start: 0, end: 0 }))
  const built = buildReport(
    records,
    records,
    { format: sketch.format, encoding: 'utf-8', bom: false, lineEnd: '\n', delimiter: sketch.delimiter ?? '', text: '', ...(name === undefined ? {} : { sheetName: name }) },
    true,
    header,
  )
  if (!built.ok) return { ok: false, error: built.error }
  return { ok: true, metas: built.report.metas.slice(0, PREVIEW_METAS), extraColumns: built.report.source.extraColumns ?? [] }
}
