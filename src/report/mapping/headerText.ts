/**
 * Header texts as the mapping step reads them: each position's label (a two-row header joins its
 * group cell and its own), how well a label names a report column, and the header's signature,
 * which identifies a form however its rows are filled.
 */
import type { ColumnDef } from '../columns'
import { foldLoose } from '../textFold'
import type { SketchRow } from '../types'
import { mergedRanges } from './mergedRanges'

/** Folded for matching: "% de cumplimiento" reads "porcentaje de cumplimiento", "Nº" and "#" read "numero". */
export function foldHeader(text: string): string {
  return foldLoose(text.replace(/%/g, ' porcentaje ').replace(/#|N\.?\s*[º°]/g, ' numero '))
}

const STOPWORDS = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'por', 'y', 'e', 'a', 'al', 'en', 'que', 'como', 'o', 'u', 'su', 'sus', 'para', 'se', 'lo'])
const NUMBER_WORDS = new Set(['no', 'n', 'nro', 'num', 'numero'])

/** A word without its plural: "totales" → "total", "metas" → "meta". */
function singular(word: string): string {
  if (word.length > 4 && /[lrndz]es$/.test(word)) return word.slice(0, -2)
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word
}

/** The words of a folded header that say something, singular. */
export function headerWords(folded: string): string[] {
  return folded
    .split(' ')
    .filter((w) => w !== '' && !STOPWORDS.has(w))
    .map((w) => (NUMBER_WORDS.has(w) ? 'numero' : singular(w)))
}

const namesCache = new Map<ColumnDef, readonly (readonly string[])[]>()

/** Every name of a column (its headers, synonyms and labels) as words. */
function columnNames(def: ColumnDef): readonly (readonly string[])[] {
  let names = namesCache.get(def)
  if (!names) {
    names = [...def.headers, ...def.synonyms, def.label.es, def.label.en].map((n) => headerWords(foldHeader(n)))
    namesCache.set(def, names)
  }
  return names
}

/** How well one text names the column: 1 when it is one of its names, less for words in common. */
function textScore(def: ColumnDef, text: string): number {
  const words = headerWords(foldHeader(text))
  if (words.length === 0) return 0
  let best = 0
  for (const name of columnNames(def)) {
    const same = words.length === name.length && words.every((w, i) => w === name[i])
    if (same) return 1
    const common = name.filter((w) => words.includes(w)).length
    // Extra words weaken the match: "Total planificado 2021" is still planned, less surely.
    best = Math.max(best, (0.9 * common) / Math.max(name.length, words.length))
  }
  return best
}

/** A header position's label and the texts it is made of (a group cell, its own cell). */
export interface HeaderLabel {
  /** As shown: "METAS DEL POA / No. DE META", "Planificado". */
  readonly text: string
  readonly parts: readonly string[]
}

/** How well a header position names the column: the best of its parts and of the whole label. */
export function nameScore(def: ColumnDef, label: HeaderLabel): number {
  let best = label.parts.length > 1 ? textScore(def, label.text) : 0
  for (const part of label.parts) best = Math.max(best, textScore(def, part))
  return best
}

/** Cells of a row with the value of a cell merged across columns repeated under each of them. */
function filledAcross(row: SketchRow, merges: readonly string[]): string[] {
  const cells = [...row.cells]
  for (const range of mergedRanges(merges)) {
    if (row.line < range.top || row.line > range.bottom) continue
    // Rows under the top of a range already hold its value (merged cells are filled down when read).
    const value = cells[range.left - 1] ?? ''
    for (let c = range.left; c < range.right; c++) if ((cells[c] ?? '').trim() === '') cells[c] = value
  }
  return cells
}

/** Each position's label for a header of one row, or two (a group row over the columns' own). */
export function headerLabels(rows: readonly SketchRow[], merges: readonly string[] = []): HeaderLabel[] {
  const [upper, lower] = rows.map((r) => filledAcross(r, merges))
  const width = Math.max(upper?.length ?? 0, lower?.length ?? 0)
  const labels: HeaderLabel[] = []
  for (let i = 0; i < width; i++) {
    const top = (upper?.[i] ?? '').trim()
    const own = (lower?.[i] ?? '').trim()
    const parts = [top, own].filter((p, at, all) => p !== '' && all.indexOf(p) === at)
    labels.push({ text: parts.join(' / '), parts })
  }
  // Trailing blank positions are spreadsheet padding, not columns.
  while (labels.length > 0 && labels[labels.length - 1]!.text === '') labels.pop()
  return labels
}

/** The header's signature: its labels folded, in order. Two files of one form have the same. */
export function headerSignature(labels: readonly HeaderLabel[]): string {
  return labels.map((l) => foldHeader(l.text)).join('|')
}
