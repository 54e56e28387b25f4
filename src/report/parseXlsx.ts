/**
 * An XLSX workbook to a Report, as people make them: the table may be on any sheet, below title
 * rows, with group cells merged over their metas (filled down), formulas (read as their cached
 * values) and numbers shown as their format shows them. Every sheet is kept for the source export.
 */
import type ExcelJS from 'exceljs'
import { loadExcel } from './loadExcel'
import { buildReport, type SourceRecord } from './buildReport'
import { fillMergedDown } from './mapping/mergedRanges'
import { knownHeader, mappable, mappedHeader, SKETCH_ROWS, templateHeader, type HeaderOptions, type RowsPlace, type TableHeader } from './mapping/tableHeader'
import { parseErrors } from './parseErrors'
import type { ParseError, ParseResult, TableSketch, XlsxSourceCell } from './types'
import { xlsxCellText } from './xlsxCells'

/** A value as the sheet holds it: text, a number with its format, a date as its ISO day. */
function plainValue(v: unknown, numFmt: string | undefined): XlsxSourceCell {
  if (v === null || v === undefined) return { value: null }
  if (typeof v === 'number') return numFmt ? { value: v, numFmt } : { value: v }
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v }
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) }
  return { value: null }
}

function sourceCell(cell: ExcelJS.Cell): XlsxSourceCell {
  const v = cell.value
  const numFmt = cell.numFmt || undefined
  // A merged range holds its value in its first cell; the others read as that value but are empty.
  if (v === null || v === undefined || cell.master !== cell) return { value: null }
  if (typeof v !== 'object' || v instanceof Date) return plainValue(v, numFmt)
  // A formula is read as the value it last computed (never as a formula: text is text).
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result
    return typeof result === 'object' && result !== null && 'error' in result ? { value: result.error } : plainValue(result, numFmt)
  }
  if ('richText' in v) return { value: v.richText.map((part) => part.text).join('') }
  if ('error' in v) return { value: v.error }
  // Hyperlinks and anything else: the text the sheet shows.
  return { value: cell.text }
}

interface SheetRead {
  readonly name: string
  readonly records: readonly SourceRecord[]
  readonly merges: readonly string[]
  /** Rows with any content. */
  readonly rowCount: number
}

function readSheet(sheet: ExcelJS.Worksheet): SheetRead {
  const cells: XlsxSourceCell[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const xlsx: XlsxSourceCell[] = []
    for (let c = 1; c <= row.cellCount; c++) xlsx.push(sourceCell(row.getCell(c)))
    cells.push(xlsx)
  }
  const merges = sheet.model.merges ?? []
  const texts = cells.map((row) => row.map(xlsxCellText))
  fillMergedDown(texts, merges)
  const records = cells.map((xlsx, i) => ({ line: i + 1, cells: texts[i]!, xlsx }))
  return { name: sheet.name, records, merges, rowCount: sheet.actualRowCount }
}

const placeOf = (sheet: SheetRead): RowsPlace => ({ sheet: sheet.name, merges: sheet.merges })

/** The first rows of every sheet, for mapping the columns by hand. */
function workbookSketch(sheets: readonly SheetRead[]): TableSketch {
  return {
    format: 'xlsx',
    sheets: sheets.map((s) => ({
      name: s.name,
      rowCount: s.rowCount,
      rows: s.records.slice(0, SKETCH_ROWS).map(({ line, cells }) => ({ line, cells })),
      merges: s.merges,
    })),
  }
}

type Choice = { readonly sheet: SheetRead; readonly header: TableHeader } | ParseError

/** The sheet and header to read: the mapping's, else the first sheet with the known header, else a template's. */
function chooseTable(sheets: readonly SheetRead[], options: HeaderOptions): Choice {
  const names = sheets.map((s) => s.name)
  if (options.mapping) {
    const name = options.mapping.sheet ?? names[0]!
    const sheet = sheets.find((s) => s.name === name)
    if (!sheet) return parseErrors.noSheet(name, names)
    if (sheet.rowCount === 0) return parseErrors.emptySheet(name)
    const header = mappedHeader(sheet.records, options.mapping, placeOf(sheet))
    return 'code' in header ? header : { sheet, header }
  }
  const filled = sheets.filter((s) => s.rowCount > 0)
  if (filled.length === 0) return parseErrors.emptyWorkbook()
  let refusal: ParseError | null = null
  for (const sheet of filled) {
    const header = knownHeader(sheet.records, placeOf(sheet))
    if (!('code' in header)) return { sheet, header }
    // A header lacking columns says more than a sheet with none.
    if (!refusal || header.code === 'missingColumns') refusal = header
  }
  for (const sheet of filled) {
    const header = templateHeader(sheet.records, options.templates ?? [], placeOf(sheet), false)
    if (header) return 'code' in header ? header : { sheet, header }
  }
  if (options.strictTemplates) {
    const failure = templateHeader(filled[0]!.records, options.templates ?? [], placeOf(filled[0]!), true)
    if (failure && 'code' in failure) return failure
  }
  return refusal?.code === 'noHeader' ? parseErrors.noHeader(1, names) : refusal!
}

async function readWorkbook(bytes: Uint8Array): Promise<SheetRead[] | ParseError> {
  const workbook = new (await loadExcel()).Workbook()
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    await workbook.xlsx.load(buffer)
  } catch (e) {
    return parseErrors.xlsxUnreadable(e instanceof Error ? e.message : String(e))
  }
  const sheets = workbook.worksheets.map(readSheet)
  return sheets.length === 0 ? parseErrors.xlsxUnreadable('no sheets') : sheets
}

/** Every sheet's first rows, for mapping the columns by hand (Revisar columnas). */
export async function sketchXlsx(bytes: Uint8Array): Promise<{ readonly ok: true; readonly table: TableSketch } | { readonly ok: false; readonly error: ParseError }> {
  const sheets = await readWorkbook(bytes)
  if ('code' in sheets) return { ok: false, error: sheets }
  return sheets.every((s) => s.rowCount === 0) ? { ok: false, error: parseErrors.emptyWorkbook() } : { ok: true, table: workbookSketch(sheets) }
}

export async function parseXlsx(bytes: Uint8Array, fileName?: string, options: HeaderOptions = {}): Promise<ParseResult> {
  const sheets = await readWorkbook(bytes)
  if ('code' in sheets) return { ok: false, error: sheets }
  const choice = chooseTable(sheets, options)
  if ('code' in choice) {
    return !options.mapping && mappable(choice) ? { ok: false, error: choice, table: workbookSketch(sheets) } : { ok: false, error: choice }
  }
  const { sheet, header } = choice
  return buildReport(
    sheet.records,
    sheet.records,
    {
      format: 'xlsx',
      encoding: 'utf-8',
      bom: false,
      lineEnd: '\n',
      delimiter: '',
      ...(fileName === undefined ? {} : { fileName }),
      text: '',
      sheetName: sheet.name,
      xlsxMerges: sheet.merges,
      xlsxSheets: sheets.map((s) => ({ name: s.name, rows: s === sheet ? null : s.records.map(({ line, xlsx }) => ({ line, xlsx: xlsx! })), merges: s.merges })),
    },
    true,
    header,
  )
}
