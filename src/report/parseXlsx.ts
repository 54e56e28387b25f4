/** The first sheet of an XLSX workbook to a Report, keeping each cell's value for an XLSX export. */
import ExcelJS from 'exceljs'
import { buildReport, type SourceRecord } from './buildReport'
import { parseErrors } from './parseErrors'
import type { ParseResult, XlsxSourceCell } from './types'
import { xlsxCellText } from './xlsxCells'

function sourceCell(cell: ExcelJS.Cell): XlsxSourceCell {
  const v = cell.value
  const numFmt = cell.numFmt ? { numFmt: cell.numFmt } : {}
  // A merged range holds its value in its first cell; the others read as that value but are empty.
  if (v === null || v === undefined || cell.master !== cell) return { value: null }
  if (typeof v === 'number') return { value: v, ...numFmt }
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v }
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) }
  // Rich text, formulas, hyperlinks and errors: the text the sheet shows is what the report holds.
  return { value: cell.text }
}

const unreadable = (detail: string): ParseResult => ({ ok: false, error: parseErrors.xlsxUnreadable(detail) })

export async function parseXlsx(bytes: Uint8Array, fileName?: string): Promise<ParseResult> {
  const workbook = new ExcelJS.Workbook()
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    await workbook.xlsx.load(buffer)
  } catch (e) {
    return unreadable(e instanceof Error ? e.message : String(e))
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return unreadable('no sheets')
  const records: SourceRecord[] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const xlsx: XlsxSourceCell[] = []
    for (let c = 1; c <= row.cellCount; c++) xlsx.push(sourceCell(row.getCell(c)))
    records.push({ line: r, cells: xlsx.map(xlsxCellText), xlsx })
  }
  return buildReport(
    records,
    records,
    {
      format: 'xlsx',
      encoding: 'utf-8',
      bom: false,
      lineEnd: '\n',
      delimiter: '',
      ...(fileName === undefined ? {} : { fileName }),
      text: '',
      sheetName: sheet.name,
      xlsxMerges: sheet.model.merges ?? [],
    },
    true,
  )
}
