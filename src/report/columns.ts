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
  /** Other names officials give it in their own tables: proposed on import, confirmed by the user. */
  readonly synonyms: readonly string[]
  readonly type: ColumnType
  readonly required: boolean
  /** What the product does with it: said when a file lacks it. */
  readonly need: Bilingual
  /** Default width in the grid, in CSS pixels. */
  readonly width: number
}

interface Matching {
  readonly synonyms: readonly string[]
  readonly need: readonly [es: string, en: string]
}

const col = (
  key: ColumnKey,
  es: string,
  gender: Gender,
  en: string,
  headers: readonly string[],
  type: ColumnType,
  required: boolean,
  width: number,
  matching: Matching,
): ColumnDef => ({
  key,
  label: { es, en },
  gender,
  headers,
  synonyms: matching.synonyms,
  type,
  required,
  need: { es: matching.need[0], en: matching.need[1] },
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
    {
      synonyms: ['Objetivo estratégico', 'Objetivo del PDOT', 'Objetivo del PMDOT', 'Objetivo de desarrollo', 'Objetivo del plan', 'Eje estratégico'],
      need: ['agrupa las metas por objetivo: filtros, gráficos y textos escritos de dos formas', 'groups the goals by objective: filters, charts and texts written two ways'],
    },
  ),
  col('competenceType', 'Tipo de competencia', 'm', 'Competence type', ['COMPETENCIAS EXCLUSIVAS / CONCURRENTES', 'TIPO DE COMPETENCIA'], 'category', true, 130, {
    synonyms: ['Competencia exclusiva o concurrente', 'Exclusiva / concurrente'],
    need: ['separa las competencias exclusivas de las concurrentes: filtro y gráfico', 'tells exclusive from concurrent competences: filter and chart'],
  }),
  col('competence', 'Competencia', 'f', 'Competence', ['DESCRIBA LAS COMPETENCIAS CONCURRENTES', 'COMPETENCIA'], 'text', false, 220, {
    synonyms: ['Descripción de la competencia', 'Competencias concurrentes', 'Competencias'],
    need: ['describe la competencia concurrente', 'describes the concurrent competence'],
  }),
  col('no', 'N.º de meta', 'm', 'Goal no.', ['NO. DE META', 'N DE META', 'NUMERO DE META'], 'integer', true, 80, {
    synonyms: ['N.º', 'Nº', 'No.', 'Número', 'Código de meta', 'Número de meta POA', 'Nro. meta'],
    need: ['identifica cada meta: numeración repetida o saltada, hallazgos y comentarios', 'identifies each goal: repeated or skipped numbers, findings and comments'],
  }),
  col('description', 'Descripción de la meta', 'f', 'Goal description', ['DESCRIPCIÓN', 'DESCRIPCIÓN DE LA META', 'METAS DEL POA'], 'text', true, 300, {
    synonyms: ['Meta POA', 'Meta', 'Metas', 'Descripción de la meta POA', 'Meta anual'],
    need: ['dice qué es cada meta: búsqueda y metas de reducción', 'says what each goal is: search and reduction goals'],
  }),
  col('indicator', 'Indicador', 'm', 'Indicator', ['INDICADOR DE LA META POA', 'INDICADOR'], 'text', true, 240, {
    synonyms: ['Indicador de la meta', 'Indicador de gestión', 'Indicadores', 'Unidad de medida'],
    need: ['dice cómo se mide la meta', 'says how the goal is measured'],
  }),
  col('planned', 'Total planificado', 'm', 'Planned total', ['TOTALES PLANIFICADOS', 'TOTAL PLANIFICADO'], 'decimal', true, 120, {
    synonyms: ['Planificado', 'Programado', 'Meta planificada', 'Total programado', 'Valor planificado', 'Meta programada'],
    need: ['con el total cumplido, calcula el cumplimiento y lo compara con el informado', 'with the achieved total, computes the fulfillment and checks the reported one'],
  }),
  col('achieved', 'Total cumplido', 'm', 'Achieved total', ['TOTALES CUMPLIDOS', 'TOTAL CUMPLIDO'], 'decimal', true, 120, {
    synonyms: ['Ejecutado', 'Cumplido', 'Alcanzado', 'Logrado', 'Realizado', 'Total ejecutado', 'Valor alcanzado', 'Meta alcanzada'],
    need: ['con el total planificado, calcula el cumplimiento y lo compara con el informado', 'with the planned total, computes the fulfillment and checks the reported one'],
  }),
  col('percent', 'Cumplimiento', 'm', 'Fulfillment', ['PORCENTAJE DE CUMPLIMIENTO DE GESTIÓN', 'PORCENTAJE DE CUMPLIMIENTO'], 'percent', true, 130, {
    synonyms: ['% de cumplimiento', '% cumplimiento', 'Porcentaje', '% de avance', 'Avance', 'Porcentaje de ejecución', '% de ejecución'],
    need: ['bandas de cumplimiento, filtros, gráficos y metas bajo 100 % sin justificación', 'fulfillment bands, filters, charts and goals under 100 % without a justification'],
  }),
  col('result', 'Descripción del resultado', 'f', 'Result description', ['DESCRIPCIÓN DE RESULTADO POA POR META', 'DESCRIPCIÓN DEL RESULTADO'], 'text', true, 320, {
    synonyms: ['Resultado', 'Resultados', 'Resultado alcanzado', 'Logros', 'Descripción de resultados'],
    need: ['la narrativa que se revisa, y la «Justificación:» de las metas bajo 100 %', 'the narrative under review, and the "Justificación:" of goals under 100 %'],
  }),
  col(
    'contribution',
    'Aporte al plan de desarrollo',
    'm',
    'Contribution to the development plan',
    ['DESCRIPCIÓN DE COMO APORTA EL RESULTADO ALCANZADO AL LOGRO DEL PLAN DE DESARROLLO', 'APORTE AL PLAN DE DESARROLLO'],
    'text',
    true,
    320,
    {
      synonyms: ['Aporte', 'Aporte al PDOT', 'Contribución', 'Contribución al plan', 'Cómo aporta al plan de desarrollo'],
      need: ['la narrativa de cómo el resultado aporta al plan de desarrollo', 'the narrative of how the result serves the development plan'],
    },
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
