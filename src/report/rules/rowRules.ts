/** Rules that look at one meta at a time: its shape, its cells, its numbers and its texts. */
import { columnDef, COLUMNS, isNumericColumn, parseCell } from '../columns'
import { formatPercent, parseNumber } from '../numbers'
import { metaValues, type MetaValues } from '../metaValues'
import type { ColumnKey, Meta } from '../types'
import { finding, type Finding } from './ruleTable'

/** Reported and computed percentages may differ by rounding to two decimals, not more. */
const PERCENT_TOLERANCE = 0.01
/** Binary fractions make 140,61 − 140,6 come out a hair above 0.01. */
const FLOAT_SLACK = 1e-9

const NUMBER_KEYS: readonly ColumnKey[] = ['planned', 'achieved', 'percent']
const TEXT_COLUMNS = COLUMNS.filter((c) => !isNumericColumn(c))
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i
/** Two spaces in a row (line breaks in CSV cells are content, not stray spacing). */
const DOUBLE_SPACE = /[ \t\u00a0]{2}/
const SPACE = /\s/
// On raw text, not folded: folding every narrative of 100,000 metas costs more than the rest together.
const JUSTIFICATION = /justificaci[oó]n/i
const REDUCTION = /(?:^|[^a-záéíóúñ])(?:reduc|disminu)/i

function hasExtraSpace(text: string): boolean {
  if (text === '') return false
  return SPACE.test(text[0]!) || SPACE.test(text[text.length - 1]!) || DOUBLE_SPACE.test(text)
}

const label = (key: ColumnKey) => columnDef(key).label

/** A numeric cell with text that is not a number (blank is a valid empty value); parsed once per meta. */
function unreadable(meta: Meta, key: ColumnKey): boolean {
  const values: Partial<Record<ColumnKey, number | null>> = metaValues(meta)
  const value = values[key]
  // A numeric column metaValues does not cover is parsed here.
  if (value === undefined) return !parseCell(columnDef(key), meta.cells[key]).ok
  return value === null && meta.cells[key].trim() !== ''
}

/** The row's cells by position: its raw cells when it had the wrong shape, else its mapped cells. */
export function rowCells(meta: Meta, columns: readonly (ColumnKey | null)[]): readonly string[] {
  return meta.rawCells ?? columns.map((key) => (key ? meta.cells[key] : ''))
}

/** How many columns the numbers sit off their headers (+1 right, -1 left), or 0 when in place. */
export function shiftOf(meta: Meta, columns: readonly (ColumnKey | null)[]): number {
  const cells = rowCells(meta, columns)
  const fits = (offset: number) =>
    NUMBER_KEYS.every((key) => {
      const text = cells[columns.indexOf(key) + offset]
      const n = text === undefined ? null : parseNumber(text)
      return n !== null && n.ok && n.value !== null
    })
  if (NUMBER_KEYS.every((key) => !unreadable(meta, key))) return 0
  return fits(1) ? 1 : fits(-1) ? -1 : 0
}

function checkShape(meta: Meta, columns: readonly (ColumnKey | null)[], out: Finding[]): void {
  if (meta.rawCells) {
    const n = meta.rawCells.length
    const cells = (count: number, es: boolean) => (es ? `${count} ${count === 1 ? 'celda' : 'celdas'}` : `${count} ${count === 1 ? 'cell' : 'cells'}`)
    out.push(
      finding(meta, null, 'rowShape', `La fila tiene ${cells(n, true)} y la cabecera ${columns.length}.`, `The row has ${cells(n, false)} and the header ${columns.length}.`),
    )
    return
  }
  const shift = shiftOf(meta, columns)
  if (shift !== 0) {
    const es = shift > 0 ? 'a la derecha' : 'a la izquierda'
    const en = shift > 0 ? 'right' : 'left'
    out.push(
      finding(
        meta,
        null,
        'shiftedRow',
        `Las celdas están corridas una columna ${es}: los totales y el porcentaje aparecen bajo otra cabecera.`,
        `The cells are shifted one column ${en}: the totals and the percentage sit under another header.`,
      ),
    )
  }
}

function checkCells(meta: Meta, columns: readonly (ColumnKey | null)[], out: Finding[]): void {
  for (const def of COLUMNS) {
    const text = meta.cells[def.key]
    const { es, en } = def.label
    // A column the file lacks is said once for the report (absentColumns), not once per meta.
    if (def.required && text.trim() === '' && columns.includes(def.key)) {
      out.push(finding(meta, def.key, 'requiredEmpty', `«${es}» está ${def.gender === 'f' ? 'vacía' : 'vacío'}.`, `"${en}" is empty.`))
      continue
    }
    if (isNumericColumn(def) && unreadable(meta, def.key)) {
      out.push(finding(meta, def.key, 'numberUnparseable', `«${es}» no es un número: «${text}».`, `"${en}" is not a number: "${text}".`))
    }
  }
  for (const def of TEXT_COLUMNS) {
    const text = meta.cells[def.key]
    const { es, en } = def.label
    if (MARKUP.test(text)) {
      const residue = MARKUP.exec(text)![0]
      out.push(finding(meta, def.key, 'markupResidue', `«${es}» contiene HTML: ${residue}`, `"${en}" holds HTML: ${residue}`))
    }
    if (hasExtraSpace(text)) {
      out.push(finding(meta, def.key, 'whitespace', `«${es}» tiene espacios sobrantes.`, `"${en}" has extra spaces.`))
    }
  }
}

/** Whether the reported percentage differs from achieved / planned by more than rounding explains. */
export function percentDisagrees(v: MetaValues): boolean {
  return v.percent !== null && v.computedPercent !== null && Math.abs(v.percent - v.computedPercent) > PERCENT_TOLERANCE + FLOAT_SLACK
}

/** Whether the result narrative says why the meta fell short. */
export function hasJustification(result: string): boolean {
  return JUSTIFICATION.test(result)
}

function checkNumbers(meta: Meta, columns: readonly (ColumnKey | null)[], out: Finding[]): void {
  const v = metaValues(meta)
  const percentText = meta.cells.percent.trim()
  if (v.percent !== null && !percentText.endsWith('%')) {
    out.push(finding(meta, 'percent', 'percentWithoutSign', `El porcentaje «${percentText}» no lleva %.`, `The percentage "${percentText}" has no % sign.`))
  }
  if (v.planned === 0) {
    out.push(finding(meta, 'planned', 'plannedZero', 'El total planificado es 0.', 'The planned total is 0.'))
  }
  if (percentDisagrees(v)) {
    const reported = formatPercent(v.percent)
    const computed = formatPercent(v.computedPercent)
    out.push(
      finding(
        meta,
        'percent',
        'percentMismatch',
        `Se informa ${reported} pero cumplido / planificado da ${computed}.`,
        `${reported} is reported but achieved / planned gives ${computed}.`,
      ),
    )
  }
  if (v.percent !== null && v.percent < 100 && columns.includes('result') && !hasJustification(meta.cells.result)) {
    out.push(
      finding(
        meta,
        'result',
        'justificationMissing',
        `Cumplimiento de ${formatPercent(v.percent)} sin «Justificación:» en el resultado.`,
        `Fulfillment of ${formatPercent(v.percent)} with no "Justificación:" in the result.`,
      ),
    )
  }
}

function checkReduction(meta: Meta, out: Finding[]): void {
  if (REDUCTION.test(meta.cells.description)) {
    const { es, en } = label('description')
    out.push(
      finding(
        meta,
        'description',
        'reductionGoal',
        `«${es}» plantea una reducción: el cumplimiento solo tiene sentido si planificado y cumplido miden lo reducido.`,
        `"${en}" sets a reduction: fulfillment only makes sense if planned and achieved measure the amount reduced.`,
      ),
    )
  }
}

export function checkRow(meta: Meta, columns: readonly (ColumnKey | null)[], out: Finding[]): void {
  checkShape(meta, columns, out)
  checkCells(meta, columns, out)
  checkNumbers(meta, columns, out)
  checkReduction(meta, out)
}
