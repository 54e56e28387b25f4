/** The rule table: every finding rule with its severity and one line of documentation. */
import type { Severity } from '../severities'
import type { Bilingual, ColumnKey, Meta } from '../types'

export type RuleId =
  | 'rowShape'
  | 'shiftedRow'
  | 'requiredEmpty'
  | 'numberUnparseable'
  | 'percentWithoutSign'
  | 'percentMismatch'
  | 'plannedZero'
  | 'numberDuplicate'
  | 'numberMissing'
  | 'numberOrder'
  | 'justificationMissing'
  | 'markupResidue'
  | 'whitespace'
  | 'categoryVariant'
  | 'objectiveCodeShared'
  | 'reductionGoal'

export interface Finding {
  /** Meta id (position in the report). */
  readonly meta: number
  /** The meta number as the report writes it. */
  readonly no: string
  /** The cell the finding is about, or null for the whole row. */
  readonly column: ColumnKey | null
  readonly rule: RuleId
  readonly severity: Severity
  readonly message: Bilingual
}

export interface RuleDef {
  readonly id: RuleId
  readonly severity: Severity
  /** One line on what the rule finds. */
  readonly doc: Bilingual
}

const rule = (id: RuleId, severity: Severity, es: string, en: string): RuleDef => ({ id, severity, doc: { es, en } })

export const RULES: readonly RuleDef[] = [
  rule('rowShape', 'error', 'La fila tiene más o menos celdas que la cabecera.', 'The row has more or fewer cells than the header.'),
  rule(
    'shiftedRow',
    'error',
    'Las celdas de la fila están corridas una columna: los números no están bajo su cabecera.',
    'The row’s cells are shifted by one column: the numbers are not under their header.',
  ),
  rule('requiredEmpty', 'error', 'Una celda obligatoria está vacía.', 'A required cell is empty.'),
  rule('numberUnparseable', 'error', 'Una celda numérica no contiene un número legible (formato 21.447,91).', 'A numeric cell does not hold a readable number (format 21.447,91).'),
  rule('percentWithoutSign', 'info', 'El porcentaje de cumplimiento no lleva el signo %, a diferencia del resto.', 'The fulfillment percentage lacks the % sign the others have.'),
  rule(
    'percentMismatch',
    'warning',
    'El porcentaje informado difiere de cumplido / planificado en más de 0,01 puntos.',
    'The reported percentage differs from achieved / planned by more than 0.01 points.',
  ),
  rule(
    'plannedZero',
    'warning',
    'El total planificado es cero: el porcentaje de cumplimiento no se puede calcular.',
    'The planned total is zero: the fulfillment percentage cannot be computed.',
  ),
  rule('numberDuplicate', 'error', 'El número de meta ya se usó en una fila anterior.', 'The goal number was already used by an earlier row.'),
  rule('numberMissing', 'warning', 'Faltan números de meta entre esta meta y la anterior.', 'Goal numbers are missing between this goal and the previous one.'),
  rule('numberOrder', 'warning', 'El número de meta es menor que el de la meta anterior.', 'The goal number is lower than the previous goal’s.'),
  rule(
    'justificationMissing',
    'warning',
    'Cumplimiento bajo 100 % sin «Justificación:» en la descripción del resultado.',
    'Fulfillment under 100 % with no "Justificación:" in the result description.',
  ),
  rule('markupResidue', 'warning', 'El texto contiene restos de HTML (etiquetas o entidades).', 'The text holds HTML residue (tags or entities).'),
  rule('whitespace', 'info', 'El texto tiene espacios al inicio o al final, o espacios dobles.', 'The text has leading or trailing spaces, or doubled spaces.'),
  rule(
    'categoryVariant',
    'warning',
    'La misma categoría u objetivo está escrito de otra forma (acentos, mayúsculas, puntuación, espacios o plural).',
    'The same category or objective is written another way (accents, case, punctuation, spacing or plural).',
  ),
  rule(
    'objectiveCodeShared',
    'info',
    'El mismo código de objetivo (p. ej. 2.1) lo usan objetivos distintos.',
    'The same objective code (e.g. 2.1) is used by different objectives.',
  ),
  rule(
    'reductionGoal',
    'info',
    'La meta es una reducción: revise que planificado y cumplido midan lo reducido.',
    'The goal is a reduction: check that planned and achieved measure the amount reduced.',
  ),
]

const BY_ID = new Map(RULES.map((r) => [r.id, r]))

export function ruleDef(id: RuleId): RuleDef {
  return BY_ID.get(id)!
}

/** Builds a finding with its rule's severity, so a severity is set in one place: RULES. */
export function finding(meta: Meta, column: ColumnKey | null, rule: RuleId, es: string, en: string): Finding {
  return { meta: meta.id, no: meta.cells.no, column, rule, severity: ruleDef(rule).severity, message: { es, en } }
}
