/**
 * The change log of a publication: one row per cell whose current text differs from the original,
 * in report order. Cells edited and then set back to their original text are not changes.
 */
import { COLUMNS } from '../columns'
import type { ColumnKey, Report } from '../types'

export interface ChangeLogEntry {
  readonly meta: number
  /** The meta's number as the report shows it now (the id officials know). */
  readonly metaNo: string
  readonly column: ColumnKey
  readonly original: string
  readonly corrected: string
  /** ISO time of the latest edit of the cell, when the edit log knows it. */
  readonly when: string | null
  /** Who made the latest edit of the cell, on a shared report (null in a browser's own copy). */
  readonly author: string | null
  readonly comments: readonly string[]
}

/** What the drafts store knows about edits beyond the cells themselves. */
export interface ChangeHistory {
  /** ISO time of the latest edit of this cell. */
  readonly editedAt?: (meta: number, column: ColumnKey) => string | undefined
  /** The account that made the latest edit of this cell (team mode). */
  readonly editedBy?: (meta: number, column: ColumnKey) => string | undefined
  /** Review comments on this meta, oldest first. */
  readonly comments?: (meta: number) => readonly string[]
}

export function buildChangeLog(original: Report, current: Report, history: ChangeHistory = {}): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = []
  for (const meta of current.metas) {
    const before = original.metas[meta.id]
    for (const def of COLUMNS) {
      const was = before?.cells[def.key] ?? ''
      const now = meta.cells[def.key]
      if (was === now) continue
      entries.push({
        meta: meta.id,
        metaNo: meta.cells.no,
        column: def.key,
        original: was,
        corrected: now,
        when: history.editedAt?.(meta.id, def.key) ?? null,
        author: history.editedBy?.(meta.id, def.key) ?? null,
        comments: history.comments?.(meta.id) ?? [],
      })
    }
  }
  return entries
}

/** How many distinct metas the log touches. */
export function changedMetaCount(entries: readonly ChangeLogEntry[]): number {
  return new Set(entries.map((e) => e.meta)).size
}
