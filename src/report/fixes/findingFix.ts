/**
 * The fix of a finding, computed from the finding and the current report: the edits that correct
 * it when the remedy is determined, the text to go on writing when only a person can finish it,
 * or why there is none. A fix is a proposal: it is shown before → after and applied by the person,
 * through the one edit path, never on its own.
 */
import type { Finding, RuleId } from '../rules/ruleTable'
import { metaValues } from '../metaValues'
import { percentCellText } from '../numbers'
import { hasJustification, percentDisagrees, shiftOf } from '../rules/rowRules'
import type { CellEdit, ColumnKey, Report } from '../types'
import { realignRow } from './realignRow'
import { sameCodeObjectives, spellingChoices, type Spelling } from './reportSpellings'
import { stripMarkup, tidySpaces, withJustification } from './textRepairs'

export type { Spelling } from './reportSpellings'

/** One cell the fix changes, with its text before. */
export interface FixEdit extends CellEdit {
  readonly before: string
}

/** The edits as the edit log takes them (the text before is for the preview only). */
export function cellEdits(edits: readonly FixEdit[]): CellEdit[] {
  return edits.map(({ meta, column, after }) => ({ meta, column, after }))
}

/**
 * Why a finding has no fix: a person has to decide (what a shared code or an empty cell should
 * say), the row must be realigned first (its cells are not under their headers), or the cell no
 * longer holds what was found (it was corrected since).
 */
export type NoFixReason = 'judgement' | 'shiftedFirst' | 'settled'

export type FindingFix =
  | {
      readonly kind: 'edit'
      readonly rule: RuleId
      readonly edits: readonly FixEdit[]
      /** A spelling variant: every spelling of its group, the most used first (the one the edits write). */
      readonly spellings?: readonly Spelling[]
    }
  /** The cell to open with `text` in it and the caret at its end: the person writes the rest. */
  | { readonly kind: 'compose'; readonly rule: RuleId; readonly meta: number; readonly column: ColumnKey; readonly text: string }
  /** `related`: other metas the person should look at to decide (the other objectives with the same code, the meta that has the number first). */
  | { readonly kind: 'none'; readonly rule: RuleId; readonly reason: NoFixReason; readonly related: readonly number[] }

const none = (rule: RuleId, reason: NoFixReason, related: readonly number[] = []): FindingFix => ({ kind: 'none', rule, reason, related })

function editFix(report: Report, rule: RuleId, edits: readonly CellEdit[], spellings?: readonly Spelling[]): FindingFix {
  const changed = edits.map((e) => ({ ...e, before: report.metas[e.meta]!.cells[e.column] })).filter((e) => e.before !== e.after)
  if (changed.length === 0) return none(rule, 'settled')
  return spellings ? { kind: 'edit', rule, edits: changed, spellings } : { kind: 'edit', rule, edits: changed }
}

/**
 * The fix of `finding` on `report` (the report the finding was checked on, or a later version of
 * it: the fix reads the cells as they are now). A spelling variant is written as `spelling` when
 * given, else as its group's most used spelling.
 */
export function fixOf(finding: Finding, report: Report, spelling?: string): FindingFix {
  const meta = report.metas[finding.meta]
  const { rule, column } = finding
  if (!meta) return none(rule, 'settled')
  const columns = report.source.columns
  // The other findings of a shifted row come from its cells standing under the wrong headers.
  if (rule !== 'shiftedRow' && !meta.rawCells && shiftOf(meta, columns) !== 0) return none(rule, 'shiftedFirst', [meta.id])
  const cell = (key: ColumnKey, after: string): CellEdit => ({ meta: meta.id, column: key, after })
  switch (rule) {
    case 'shiftedRow': {
      const edits = realignRow(meta, columns)
      return edits ? editFix(report, rule, edits) : none(rule, shiftOf(meta, columns) === 0 ? 'settled' : 'judgement')
    }
    case 'percentWithoutSign': {
      const { percent } = metaValues(meta)
      return percent === null ? none(rule, 'settled') : editFix(report, rule, [cell('percent', percentCellText(percent))])
    }
    case 'percentMismatch': {
      const v = metaValues(meta)
      return percentDisagrees(v) ? editFix(report, rule, [cell('percent', percentCellText(v.computedPercent!))]) : none(rule, 'settled')
    }
    case 'markupResidue':
      return column ? editFix(report, rule, [cell(column, stripMarkup(meta.cells[column]))]) : none(rule, 'settled')
    case 'whitespace':
      return column ? editFix(report, rule, [cell(column, tidySpaces(meta.cells[column]))]) : none(rule, 'settled')
    case 'categoryVariant': {
      if (!column) return none(rule, 'settled')
      const spellings = spellingChoices(report, column, meta.cells[column])
      const chosen = spelling ?? spellings[0]?.text
      return chosen === undefined ? none(rule, 'settled') : editFix(report, rule, [cell(column, chosen)], spellings)
    }
    case 'justificationMissing':
      if (hasJustification(meta.cells.result)) return none(rule, 'settled')
      return { kind: 'compose', rule, meta: meta.id, column: 'result', text: withJustification(meta.cells.result) }
    case 'objectiveCodeShared':
      return none(rule, 'judgement', sameCodeObjectives(report, meta.id))
    case 'numberDuplicate': {
      const first = report.metas.find((m) => m.cells.no.trim() === meta.cells.no.trim())
      return none(rule, 'judgement', first && first.id !== meta.id ? [first.id] : [])
    }
    default:
      return none(rule, 'judgement')
  }
}
