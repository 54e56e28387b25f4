/** The current report is the original plus the edit log: edits applied with structural sharing. */
import type { Cells, CellEdit, ColumnKey, Meta, Report } from './types'

/**
 * Applies edits in order; a later edit of the same cell wins. Metas without edits keep their
 * object (so caches keyed by meta stay valid); an edit naming a meta the report lacks is ignored,
 * as it belongs to another report.
 */
export function applyEdits(report: Report, edits: readonly CellEdit[]): Report {
  const byMeta = new Map<number, Map<ColumnKey, string>>()
  for (const e of edits) {
    if (!Number.isInteger(e.meta) || e.meta < 0 || e.meta >= report.metas.length) continue
    let cells = byMeta.get(e.meta)
    if (!cells) byMeta.set(e.meta, (cells = new Map()))
    cells.set(e.column, e.after)
  }
  if (byMeta.size === 0) return report
  const positions = report.source.columns
  const metas = report.metas.slice()
  let changed = false
  for (const [id, changes] of byMeta) {
    const meta = metas[id]!
    const next = editMeta(meta, changes, positions)
    if (next !== meta) {
      metas[id] = next
      changed = true
    }
  }
  return changed ? { ...report, metas } : report
}

function editMeta(meta: Meta, changes: ReadonlyMap<ColumnKey, string>, positions: readonly (ColumnKey | null)[]): Meta {
  let cells: Record<ColumnKey, string> | null = null
  let raw: string[] | null = null
  for (const [key, after] of changes) {
    if (meta.cells[key] === after) continue
    cells ??= { ...meta.cells }
    cells[key] = after
    // A wrong-shaped row keeps its raw cells in step, so its shape finding and output follow the edit.
    if (meta.rawCells) {
      const at = positions.indexOf(key)
      if (at < 0) continue
      raw ??= meta.rawCells.slice()
      while (raw.length <= at) raw.push('')
      raw[at] = after
    }
  }
  if (!cells) return meta
  return raw ? { ...meta, cells: cells as Cells, rawCells: raw } : { ...meta, cells: cells as Cells }
}

/** The edits that take these cells back to the report's own text (cells it lacks are left out). */
export function originalTextEdits(report: Report, cells: readonly { readonly meta: number; readonly column: ColumnKey }[]): CellEdit[] {
  return cells.flatMap((c) => {
    const original = report.metas[c.meta]?.cells[c.column]
    return original === undefined ? [] : [{ meta: c.meta, column: c.column, after: original }]
  })
}
