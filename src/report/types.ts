/** The report's eleven columns, by key. `columns.ts` holds the one definition of each. */
export type ColumnKey =
  | 'objective'
  | 'competenceType'
  | 'competence'
  | 'no'
  | 'description'
  | 'indicator'
  | 'planned'
  | 'achieved'
  | 'percent'
  | 'result'
  | 'contribution'

export type ColumnType = 'text' | 'category' | 'integer' | 'decimal' | 'percent'

/** A message shown to the user, in both UI languages. */
export interface Bilingual {
  readonly es: string
  readonly en: string
}

/** The source text of each cell of a meta, exactly as the file had it. */
export type Cells = Readonly<Record<ColumnKey, string>>

export interface Meta {
  /** Position of the meta in the report (0-based): the identity edits, reviews and URLs refer to. */
  readonly id: number
  /** 1-based line of the source where the row starts. */
  readonly line: number
  readonly cells: Cells
  /** The row's raw cells when it did not have the expected shape (kept for findings and lossless output). */
  readonly rawCells?: readonly string[]
}

export type SourceFormat = 'tsv' | 'csv' | 'xlsx'
export type SourceEncoding = 'utf-8' | 'windows-1252'

export interface SourceInfo {
  readonly format: SourceFormat
  readonly encoding: SourceEncoding
  readonly bom: boolean
  readonly lineEnd: '\n' | '\r\n'
  /** Cell separator for tsv/csv: '\t', ';' or ','. */
  readonly delimiter: string
  /** File name the report came from, when known. */
  readonly fileName?: string
}

export interface Report {
  readonly entity: string
  /** The report's year ("RENDICIÓN DE CUENTAS 2020"), or null when the title has none. */
  readonly year: number | null
  readonly title: string
  readonly metas: readonly Meta[]
  readonly source: SourceInfo
}

/** One change of one cell: the unit of the edit log, undo, history and export. */
export interface CellEdit {
  readonly meta: number
  readonly column: ColumnKey
  /** New source text of the cell. */
  readonly after: string
}
