/** The report's eleven columns, by key. `columns.ts` holds the one definition of each. */
export type ColumnKey = 'objective' | 'competenceType' | 'competence' | 'no' | 'description' | 'indicator' | 'planned' | 'achieved' | 'percent' | 'result' | 'contribution'

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
/** 'utf-16le' is Excel's "Unicode text" (always with a BOM). */
export type SourceEncoding = 'utf-8' | 'windows-1252' | 'utf-16le'

/** A cell value exactly as an XLSX source held it, so an XLSX export gives the same values back. */
export interface XlsxSourceCell {
  readonly value: string | number | boolean | null
  /** Excel number format of the cell, e.g. '0.00%' (absent for General). */
  readonly numFmt?: string
}

/**
 * One row of the source, in file order: a meta or layout (title lines, page headers, blank lines).
 * The serializer rebuilds the file from these, so nothing outside the metas' cells ever changes.
 */
export interface SourceRow {
  /** Meta id of a data row; null for layout. */
  readonly meta: number | null
  /** 1-based line where the row starts (tsv/csv) or the sheet row number (xlsx). */
  readonly line: number
  /** tsv/csv: [start, end) of the row in SourceInfo.text, without its line end. */
  readonly start?: number
  readonly end?: number
  /** xlsx: the row's cells as read. */
  readonly xlsx?: readonly XlsxSourceCell[]
}

export interface SourceInfo {
  readonly format: SourceFormat
  readonly encoding: SourceEncoding
  readonly bom: boolean
  readonly lineEnd: '\n' | '\r\n'
  /** Cell separator for tsv/csv: '\t', ';' or ','. */
  readonly delimiter: string
  /** File name the report came from, when known. */
  readonly fileName?: string
  /** The column each position of the table names (null: a column the app does not know). */
  readonly columns: readonly (ColumnKey | null)[]
  /** The decoded text of a tsv/csv source ('' for xlsx): unedited rows are copied from it verbatim. */
  readonly text: string
  /** Every row of the source in order. */
  readonly rows: readonly SourceRow[]
  /** xlsx: name of the sheet the report was read from. */
  readonly sheetName?: string
  /** xlsx: the sheet's merged ranges ("D7:E7"), restored when it is written back. */
  readonly xlsxMerges?: readonly string[]
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

/** Why a file could not be read as a report, and where. */
export interface ParseError {
  readonly code: ParseErrorCode
  readonly message: Bilingual
  /** 1-based line (or sheet row) where the problem is. */
  readonly line?: number
  /** 1-based column (cell position) where the problem is. */
  readonly column?: number
}

export type ParseErrorCode = 'empty' | 'tooLarge' | 'binary' | 'encoding' | 'noHeader' | 'missingColumns' | 'noRows' | 'truncated' | 'xlsx'

export type ParseResult = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: ParseError }
