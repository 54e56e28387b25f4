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
  /** Text of the file's columns the report does not know (SourceInfo.extraColumns), in their order; read-only. */
  readonly extra?: readonly string[]
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

/** How a fulfillment column writes a percentage: 85, "85 %" or 85,00 % as shown (points), or 0,85 (fraction). */
export type PercentScale = 'points' | 'fraction'

/**
 * How a table whose header is not the known layout's is read: where its header is and which of its
 * columns holds each report column. Confirmed by the user (or a template of the same form).
 */
export interface ColumnMapping {
  /** XLSX: the sheet the table is on. */
  readonly sheet?: string
  /** Text sources: the cell separator the table was read with. */
  readonly delimiter?: string
  /** 1-based line (text) or sheet row (XLSX) of the header's first row. */
  readonly headerRow: number
  readonly headerRows: 1 | 2
  /** Each report column's 0-based position in the file's rows, or null when the file lacks it. */
  readonly columns: Readonly<Record<ColumnKey, number | null>>
  readonly percentScale: PercentScale
}

/** A column of the file the report does not know: kept, shown read-only, written back in its place. */
export interface ExtraColumn {
  /** 0-based position in the file's rows. */
  readonly position: number
  /** Its header text as the file writes it. */
  readonly header: string
}

/** A sheet of an XLSX source other than the report's own, kept so the source export writes every sheet back. */
export interface XlsxSheetCopy {
  readonly name: string
  /** null for the report's own sheet, whose rows are SourceInfo.rows. */
  readonly rows: readonly { readonly line: number; readonly xlsx: readonly XlsxSourceCell[] }[] | null
  readonly merges: readonly string[]
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
  /** xlsx: every sheet of the workbook in order, the report's own included (rows: null). */
  readonly xlsxSheets?: readonly XlsxSheetCopy[]
  /** The mapping the table was read with; absent when its header is the known layout's. */
  readonly mapping?: ColumnMapping
  /** The file's columns the report does not know (absent: none). */
  readonly extraColumns?: readonly ExtraColumn[]
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

export type ParseErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'binary'
  | 'encoding'
  | 'noHeader'
  | 'missingColumns'
  | 'noRows'
  | 'truncated'
  | 'xlsx'
  | 'emptySheet'
  | 'noSheet'
  | 'mapping'
  | 'rowsDontFit'

/** One row of a table as the mapping step sees it: where it is and its cells' text. */
export interface SketchRow {
  /** 1-based line (text) or sheet row (XLSX). */
  readonly line: number
  readonly cells: readonly string[]
}

/** The first rows of one sheet (a text source is one sheet named ''), for choosing its header and columns. */
export interface SheetSketch {
  readonly name: string
  /** Rows with any content in the whole sheet. */
  readonly rowCount: number
  /** The first rows, merged group cells filled down. */
  readonly rows: readonly SketchRow[]
  /** XLSX: merged ranges among those rows (a header cell spanning columns names each of them). */
  readonly merges: readonly string[]
}

/** What a file looks like when its header is not recognised: enough to map its columns by hand. */
export interface TableSketch {
  readonly format: SourceFormat
  /** Text sources: the separator the rows were split with. */
  readonly delimiter?: string
  readonly sheets: readonly SheetSketch[]
}

export type ParseResult =
  | { readonly ok: true; readonly report: Report }
  /** `table` is there when the file is a table whose columns can be mapped by hand (see report/mapping). */
  | { readonly ok: false; readonly error: ParseError; readonly table?: TableSketch }
