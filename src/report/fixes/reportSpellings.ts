/**
 * How a report writes its categories and objectives, for the fixes: the spellings of one category
 * with their counts, and the objectives that share a code. Built once per report object and column.
 */
import { objectiveCode } from '../objectiveName'
import { spellingsOf } from '../rules/spellingRules'
import { foldCategory, memoFold } from '../textFold'
import type { ColumnKey, Report } from '../types'

/** One way a category is written, and by how many metas. */
export interface Spelling {
  readonly text: string
  readonly count: number
}

type SpellingGroups = ReadonlyMap<string, readonly Spelling[]>

const fold = memoFold(foldCategory)
const groupsByReport = new WeakMap<Report, Map<ColumnKey, SpellingGroups>>()

function spellingGroups(report: Report, column: ColumnKey): SpellingGroups {
  let columns = groupsByReport.get(report)
  if (!columns) groupsByReport.set(report, (columns = new Map()))
  let groups = columns.get(column)
  if (!groups) {
    const built = new Map<string, Spelling[]>()
    for (const [folded, spellings] of spellingsOf(report.metas, column, fold)) {
      // Most used first; a tie keeps the first seen first, as the finding names it.
      built.set(
        folded,
        [...spellings].map(([text, metas]) => ({ text, count: metas.length })).sort((a, b) => b.count - a.count),
      )
    }
    columns.set(column, (groups = built))
  }
  return groups
}

/** Every spelling of the category `text` belongs to in `column`, the most used first. */
export function spellingChoices(report: Report, column: ColumnKey, text: string): readonly Spelling[] {
  return spellingGroups(report, column).get(fold(text)) ?? []
}

const codesByReport = new WeakMap<Report, ReadonlyMap<string, ReadonlyMap<string, number>>>()

/** For each objective code, the first meta of each objective written with it. */
function objectivesByCode(report: Report): ReadonlyMap<string, ReadonlyMap<string, number>> {
  let byCode = codesByReport.get(report)
  if (!byCode) {
    const built = new Map<string, Map<string, number>>()
    for (const meta of report.metas) {
      const code = objectiveCode(meta.cells.objective)
      if (!code) continue
      let objectives = built.get(code)
      if (!objectives) built.set(code, (objectives = new Map()))
      const folded = fold(meta.cells.objective)
      if (!objectives.has(folded)) objectives.set(folded, meta.id)
    }
    codesByReport.set(report, (byCode = built))
  }
  return byCode
}

/** The first meta of every other objective written with the same code as this meta's objective. */
export function sameCodeObjectives(report: Report, metaId: number): number[] {
  const objective = report.metas[metaId]!.cells.objective
  const code = objectiveCode(objective)
  if (!code) return []
  const own = fold(objective)
  return [...(objectivesByCode(report).get(code) ?? [])].filter(([folded]) => folded !== own).map(([, id]) => id)
}
