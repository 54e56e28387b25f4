/**
 * The one definition of each report column: label, source headers, type, parser, formatter,
 * requiredness and width. The grid, panels, findings, exports and CLI all read this table.
 */
import { formatNumber, formatPercent, parseNumber } from './numbers'
import type { Bilingual, ColumnKey, ColumnType } from './types'

export type CellValue = string | number | null

export type CellParse = { readonly ok: true; readonly value: CellValue } | { readonly ok: false }

/** Grammatical gender of a Spanish label, so messages agree with it ("está vacío" / "está vacía"). */
export type Gender = 'm' | 'f'

export interface ColumnDef {
  readonly key: ColumnKey
  readonly label: Bilingual
  readonly gender: Gender
  /** Header texts that name this column in a source file (matched folded: accents, case, spacing). */
  readonly headers: readonly string[]
  readonly type: ColumnType
  readonly required: boolean
  /** Default width in the grid, in CSS pixels. */
  readonly width: number
}

const col = (key: ColumnKey, es: string, gender: Gender, en: string, headers: readonly string[], type: ColumnType, required: boolean, width: number): ColumnDef => ({
  key,
  label: { es, en },
  gender,
  headers,
  type,
  required,
  width,
})

/** In source order. */
export const COLUMNS: readonly ColumnDef[] = [
  col(
    'objective',
    'Objetivo del plan de desarrollo',
    'm',
    'Development plan objective',
    ['OBJETIVOS DEL PLAN METROPOLITANO DE DESARROLLO', 'OBJETIVOS DEL PLAN DE DESARROLLO', 'OBJETIVO'],
    'category',
    true,
    260,
  ),
  col('competenceType', 'Tipo de competencia', 'm', 'Competence type', ['COMPETENCIAS EXCLUSIVAS / CONCURRENTES', 'TIPO DE COMPETENCIA'], 'category', true, 130),
  col('competence', 'Competencia', 'f', 'Competence', ['DESCRIBA LAS COMPETENCIAS CONCURRENTES', 'COMPETENCIA'], 'text', false, 220),
  col('no', 'N.º de meta', 'm', 'Goal no.', ['NO. DE META', 'N DE META', 'NUMERO DE META'], 'integer', true, 80),
  col('description', 'Descripción de la meta', 'f', 'Goal description', ['DESCRIPCIÓN', 'DESCRIPCIÓN DE LA META', 'METAS DEL POA'], 'text', true, 300),
  col('indicator', 'Indicador', 'm', 'Indicator', ['INDICADOR DE LA META POA', 'INDICADOR'], 'text', true, 240),
  col('planned', 'Total planificado', 'm', 'Planned total', ['TOTALES PLANIFICADOS', 'TOTAL PLANIFICADO'], 'decimal', true, 120),
  col('achieved', 'Total cumplido', 'm', 'Achieved total', ['TOTALES CUMPLIDOS', 'TOTAL CUMPLIDO'], 'decimal', true, 120),
  col('percent', 'Cumplimiento', 'm', 'Fulfillment', ['PORCENTAJE DE CUMPLIMIENTO DE GESTIÓN', 'PORCENTAJE DE CUMPLIMIENTO'], 'percent', true, 130),
  col('result', 'Descripción del resultado', 'f', 'Result description', ['DESCRIPCIÓN DE RESULTADO POA POR META', 'DESCRIPCIÓN DEL RESULTADO'], 'text', true, 320),
  col(
    'contribution',
    'Aporte al plan de desarrollo',
    'm',
    'Contribution to the development plan',
    ['DESCRIPCIÓN DE COMO APORTA EL RESULTADO ALCANZADO AL LOGRO DEL PLAN DE DESARROLLO', 'APORTE AL PLAN DE DESARROLLO'],
    'text',
    true,
    320,
  ),
]

const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]))

export function columnDef(key: ColumnKey): ColumnDef {
  const def = BY_KEY.get(key)
  if (!def) throw new Error(`unknown column ${key}`)
  return def
}

export function isNumericColumn(def: ColumnDef): boolean {
  return def.type === 'integer' || def.type === 'decimal' || def.type === 'percent'
}

/** Parses a cell's source text by its column type. Text and categories are always valid. */
export function parseCell(def: ColumnDef, text: string): CellParse {
  if (!isNumericColumn(def)) return { ok: true, value: text }
  const n = parseNumber(text)
  if (!n.ok) return n
  if (def.type === 'integer' && n.value !== null && !Number.isInteger(n.value)) return { ok: false }
  return n
}

/**
 * A cell as the exports write it: the type of its column, its typed value, and the report's own
 * text when the cell is the report's (a computed value or a label has none).
 */
export interface TypedCell {
  readonly type: ColumnType
  readonly value: CellValue
  readonly text?: string
}

/** A report cell typed: a number, null for blank, or its text when it is not a number of its column's kind (nothing the report says is hidden). */
export function typedReportCell(def: ColumnDef, text: string): TypedCell {
  const parsed = parseCell(def, text)
  return { type: def.type, value: parsed.ok ? parsed.value : text, text }
}

/** A label or other text of the app's as a cell. */
export function textCell(text: string): TypedCell {
  return { type: 'text', value: text }
}

/** Display text of a parsed value, the Ecuadorian way. */
export function formatCell(def: ColumnDef, value: CellValue): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  switch (def.type) {
    case 'percent':
      return formatPercent(value)
    case 'integer':
      return formatNumber(value, 0, 0)
    default:
      return formatNumber(value, 0, 2)
  }
}
