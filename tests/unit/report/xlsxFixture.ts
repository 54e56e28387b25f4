/** The seed converted to XLSX the way Excel would hold it (numbers as numbers), and a reader of values. */
import ExcelJS from 'exceljs'
import { parseNumber } from '../../../src/report/numbers'
import { seedRows } from '../../fixtures/seedReport'

const NUMERIC_POSITIONS = new Set([3, 6, 7])
const PERCENT_POSITION = 8

/** Data rows get typed numbers; layout rows and unparseable cells stay text. */
export async function seedAsXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('POA')
  seedRows().forEach((cells, r) => {
    const row = sheet.getRow(r + 1)
    const isData = cells.length === 11 && /^\d+$/.test(cells[3]!)
    cells.forEach((text, c) => {
      if (text === '') return
      const n = parseNumber(text)
      const cell = row.getCell(c + 1)
      if (isData && n.ok && n.value !== null && (NUMERIC_POSITIONS.has(c) || (c === PERCENT_POSITION && text.endsWith('%')))) {
        cell.value = c === PERCENT_POSITION ? n.value / 100 : n.value
        if (c === PERCENT_POSITION) cell.numFmt = '0.00%'
      } else cell.value = text
    })
  })
  // As in the source document, "METAS DEL POA" and "RESULTADOS POR META" span two columns of each page header.
  seedRows().forEach((cells, r) => {
    if (cells[3] === 'METAS DEL POA') {
      sheet.mergeCells(r + 1, 4, r + 1, 5)
      sheet.mergeCells(r + 1, 7, r + 1, 8)
    }
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** Every cell value of the first sheet, by row and column (1-based positions, arrays 0-based). */
export async function sheetValues(bytes: Uint8Array): Promise<(string | number | null)[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const rows: (string | number | null)[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const values: (string | number | null)[] = []
    for (let c = 1; c <= row.cellCount; c++) {
      const v = row.getCell(c).value
      values.push(typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v))
    }
    rows.push(values)
  }
  return rows
}
