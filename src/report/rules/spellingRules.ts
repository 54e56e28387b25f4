/**
 * Rules across metas on how things are written: one category or objective spelled several ways
 * (folded: accents, case, punctuation, spacing, plural s), and one objective code used by several objectives.
 */
import { COLUMNS } from '../columns'
import { objectiveCode } from '../objectiveName'
import { foldCategory, memoFold } from '../textFold'
import type { ColumnKey, Meta } from '../types'
import { finding, type Finding } from './ruleTable'

const CATEGORY_COLUMNS = COLUMNS.filter((c) => c.type === 'category')

/** Long objective texts are quoted by their start. */
const quote = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text)

/** Metas by spelling, spellings by folded text, in order of first appearance. */
export function spellingsOf(metas: readonly Meta[], key: ColumnKey, fold: (t: string) => string): Map<string, Map<string, Meta[]>> {
  const groups = new Map<string, Map<string, Meta[]>>()
  for (const meta of metas) {
    const text = meta.cells[key]
    if (text.trim() === '') continue
    const folded = fold(text)
    let spellings = groups.get(folded)
    if (!spellings) groups.set(folded, (spellings = new Map()))
    const list = spellings.get(text)
    if (list) list.push(meta)
    else spellings.set(text, [meta])
  }
  return groups
}

function checkVariants(metas: readonly Meta[], key: ColumnKey, fold: (t: string) => string, out: Finding[]): void {
  for (const spellings of spellingsOf(metas, key, fold).values()) {
    if (spellings.size < 2) continue
    // The most used spelling is taken as the reference; ties go to the first seen.
    let main: [string, Meta[]] | null = null
    for (const entry of spellings) if (!main || entry[1].length > main[1].length) main = entry
    const [mainText, mainMetas] = main!
    for (const [text, list] of spellings) {
      if (text === mainText) continue
      for (const meta of list) {
        out.push(
          finding(
            meta,
            key,
            'categoryVariant',
            `«${quote(text)}» es otra forma de escribir «${quote(mainText)}» (${mainMetas.length} ${mainMetas.length === 1 ? 'meta' : 'metas'}).`,
            `"${quote(text)}" is another way of writing "${quote(mainText)}" (${mainMetas.length} ${mainMetas.length === 1 ? 'goal' : 'goals'}).`,
          ),
        )
      }
    }
  }
}

function checkCodes(metas: readonly Meta[], fold: (t: string) => string, out: Finding[]): void {
  const byCode = new Map<string, Map<string, Meta>>()
  for (const meta of metas) {
    const code = objectiveCode(meta.cells.objective)
    if (!code) continue
    let objectives = byCode.get(code)
    if (!objectives) byCode.set(code, (objectives = new Map()))
    const folded = fold(meta.cells.objective)
    if (!objectives.has(folded)) objectives.set(folded, meta)
  }
  for (const [code, objectives] of byCode) {
    if (objectives.size < 2) continue
    for (const meta of objectives.values()) {
      out.push(
        finding(
          meta,
          'objective',
          'objectiveCodeShared',
          `El código ${code} lo usan ${objectives.size} objetivos distintos.`,
          `Code ${code} is used by ${objectives.size} different objectives.`,
        ),
      )
    }
  }
}

export function checkSpellings(metas: readonly Meta[], out: Finding[]): void {
  const fold = memoFold(foldCategory)
  for (const def of CATEGORY_COLUMNS) checkVariants(metas, def.key, fold, out)
  checkCodes(metas, fold, out)
}
