import type { FindingFix } from '../../report/fixes/findingFix'
import { formatPercent, parseNumber } from '../../report/numbers'
import type { FixesMessages } from '../i18n/fixesMessages'

/** Objectives are long: a spelling is named by its start. */
const quoted = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text)

/** What the fix's button says ("Usar el calculado (98,33 %)"), or null when the finding has no fix. */
export function fixLabel(fix: FindingFix, t: FixesMessages): string | null {
  if (fix.kind === 'compose') return t.justificationMissing
  if (fix.kind !== 'edit') return null
  const after = fix.edits[0]!.after
  switch (fix.rule) {
    case 'shiftedRow':
      return t.shiftedRow
    case 'percentWithoutSign':
    case 'percentMismatch': {
      const parsed = parseNumber(after)
      const shown = parsed.ok ? formatPercent(parsed.value) : after
      return fix.rule === 'percentMismatch' ? t.percentMismatch(shown) : t.percentWithoutSign(shown)
    }
    case 'markupResidue':
      return t.markupResidue
    case 'whitespace':
      return t.whitespace
    case 'categoryVariant':
      return t.categoryVariant(quoted(after))
    default:
      return null
  }
}
