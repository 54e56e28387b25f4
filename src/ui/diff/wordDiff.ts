/**
 * Word-level comparison of an original text and its current version, for the meta panel's
 * compare view, the previews of fixes and the comparison of two reports. Whitespace is kept with
 * the word before it so the pieces rebuild both texts exactly.
 */

export type DiffPart = { readonly kind: 'same' | 'removed' | 'added'; readonly text: string }

const TOKEN = /\S+\s*|\s+/g
/** The largest LCS table worth building: 4 MB, a few milliseconds. */
const MAX_TABLE_CELLS = 1_000_000

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/** Parts in reading order; joining same+removed gives the original, same+added the current text. */
export function wordDiff(original: string, current: string): DiffPart[] {
  const a = tokens(original)
  const b = tokens(current)
  // Trim the common head and tail first: narratives are long and edits are usually local.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const parts: DiffPart[] = []
  push(parts, 'same', a.slice(0, head).join(''))
  // Two long texts that differ throughout (one year's narrative against another's) would need a
  // table of millions of cells: their middles are shown as one removal and one addition instead.
  if (midA.length * midB.length > MAX_TABLE_CELLS) {
    push(parts, 'removed', midA.join(''))
    push(parts, 'added', midB.join(''))
  } else for (const part of lcsDiff(midA, midB)) push(parts, part.kind, part.text)
  push(parts, 'same', a.slice(a.length - tail).join(''))
  return parts
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return
  const last = parts[parts.length - 1]
  if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text }
  else parts.push({ kind, text })
}

/** Classic longest-common-subsequence table; the middle part left after trimming is small. */
function lcsDiff(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length
  const m = b.length
  const table = new Uint32Array((n + 1) * (m + 1))
  const at = (i: number, j: number) => i * (m + 1) + j
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)] + 1 : Math.max(table[at(i + 1, j)], table[at(i, j + 1)])
    }
  }
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i])
      i++
      j++
    } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) {
      push(parts, 'removed', a[i++])
    } else {
      push(parts, 'added', b[j++])
    }
  }
  while (i < n) push(parts, 'removed', a[i++])
  while (j < m) push(parts, 'added', b[j++])
  return parts
}
