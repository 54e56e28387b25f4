/**
 * Global search: accents, case and spacing ignored ("gestion" finds "GESTIÓN"), every word of the
 * query must appear somewhere in the meta, and matches can be located in a cell for highlighting.
 */
import { foldText } from '../textFold'

/** The query's folded words; empty means "no search". */
export function searchTerms(query: string): string[] {
  // oxlint-disable-next-line no-control-regex -- control characters typed or pasted into the query are word breaks
  const folded = foldText(query.replace(/[\u0000-\u001f]/g, ' '))
  return folded === '' ? [] : folded.split(' ')
}

/** foldText of one ASCII character, without normalising: a space for whitespace, else lower case. */
function asciiFold(cp: number, ch: string): string {
  if (cp === 32 || (cp >= 9 && cp <= 13)) return ' '
  return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch
}

interface FoldedText {
  /** foldText of the text, spaces collapsed, computed character by character. */
  readonly folded: string
  /** For each folded character, where it came from in the text; then the text's length. */
  readonly origin: readonly number[]
}

/** Fold character by character, remembering where each folded character came from. */
function foldWithOrigin(text: string): FoldedText {
  let folded = ''
  const origin: number[] = []
  let lastSpace = true
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0
    const ch = String.fromCodePoint(cp)
    const width = ch.length
    const f = cp < 128 ? asciiFold(cp, ch) : /\s/.test(ch) ? ' ' : foldText(ch)
    if (f === ' ') {
      if (!lastSpace) {
        folded += ' '
        origin.push(i)
      }
      lastSpace = true
    } else {
      for (const c of f) {
        folded += c
        origin.push(i)
      }
      lastSpace = f === '' ? lastSpace : false
    }
    i += width
  }
  origin.push(text.length)
  return { folded, origin }
}

// The cells on screen are highlighted again at every keystroke: their folding is kept between
// keystrokes (a screen holds a few hundred cells; the cache is emptied when it outgrows many screens).
const CACHED_TEXTS = 5000
interface CellFolding {
  /** foldText of the whole text: most cells on screen match nothing, and this tells so cheaply. */
  readonly whole: string
  /** The walk, made the first time a term is in `whole`. */
  walked?: FoldedText
}
const foldings = new Map<string, CellFolding>()

function cellFolding(text: string): CellFolding {
  let found = foldings.get(text)
  if (!found) {
    if (foldings.size >= CACHED_TEXTS) foldings.clear()
    foldings.set(text, (found = { whole: foldText(text) }))
  }
  return found
}

/** [start, end) ranges of `text` (original characters) where any term matches, merged and sorted. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0 || text === '') return []
  const folding = cellFolding(text)
  if (!terms.some((term) => folding.whole.includes(term))) return []
  const { folded, origin } = (folding.walked ??= foldWithOrigin(text))
  const ranges: Array<[number, number]> = []
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      // origin[end] is where the next folded character starts, so trailing combining marks stay inside.
      ranges.push([origin[at], origin[at + term.length]])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}
