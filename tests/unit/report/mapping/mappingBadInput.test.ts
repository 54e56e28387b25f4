// @vitest-environment node
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { NO_COLUMNS } from '../../../../src/report/mapping/proposeMapping'
import { previewReading } from '../../../../src/report/mapping/previewReading'
import { proposeReading } from '../../../../src/report/mapping/proposeReading'
import { parseReport, parseReportFile, sketchReportFile } from '../../../../src/report/parseReport'
import type { ColumnMapping, ParseResult } from '../../../../src/report/types'
import { csvBytes, RENAMED, tableRows } from './mappedFixtures'

const errorOf = (result: ParseResult) => {
  if (result.ok) throw new Error('it parsed')
  return result.error
}

/** The renamed form's mapping as the user would confirm it (header on line 5). */
const RENAMED_MAPPING: ColumnMapping = {
  delimiter: ';',
  headerRow: 5,
  headerRows: 1,
  columns: { ...NO_COLUMNS(), description: 0, no: 1, planned: 5, achieved: 6, percent: 7 },
  percentScale: 'points',
}

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name)
    for (const row of rows) sheet.addRow(row)
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

describe('bad input to the mapping step', () => {
  it('a table of numbers only has no header row: the message says so and the step offers its first row', async () => {
    const bytes = csvBytes([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ])
    expect(errorOf(parseReport(bytes)).code).toBe('noHeader')
    const sketched = await sketchReportFile(bytes)
    if (!sketched.ok) throw new Error(sketched.error.message.en)
    expect(proposeReading(sketched.table)).toMatchObject({ found: false, header: { index: 0, rows: 1 }, columns: NO_COLUMNS() })
  })

  it('a sheet with nothing in it is named', async () => {
    const bytes = await workbook({ Vacía: [], POA: tableRows(RENAMED) })
    const error = errorOf(await parseReportFile(bytes, 'libro.xlsx', { mapping: { ...RENAMED_MAPPING, sheet: 'Vacía' } }))
    expect(error.message).toEqual({ es: 'La hoja «Vacía» está vacía: elija otra.', en: 'Sheet "Vacía" is empty: choose another.' })
  })

  it('a workbook with no data on any sheet says so', async () => {
    const bytes = await workbook({ Hoja1: [], Hoja2: [] })
    expect(errorOf(await parseReportFile(bytes)).message.es).toBe('El libro XLSX no tiene datos en ninguna hoja.')
  })

  it('a header whose rows hold nothing in its matched columns is named with its sheet and row', async () => {
    const rows = [['Título'], ['Meta POA', 'N.º', 'Observaciones'], ...Array.from({ length: 5 }, (_, i) => ['', '', `nota ${i}`])]
    const bytes = await workbook({ POA: rows })
    const mapping: ColumnMapping = { sheet: 'POA', headerRow: 2, headerRows: 1, columns: { ...NO_COLUMNS(), description: 0, no: 1 }, percentScale: 'points' }
    expect(errorOf(await parseReportFile(bytes, undefined, { mapping })).message).toEqual({
      es: 'Las filas bajo la cabecera (hoja «POA», fila 2) no encajan en ella: ninguna tiene datos en las columnas asignadas.',
      en: 'The rows under the header (sheet "POA", row 2) do not fit it: none holds data in the matched columns.',
    })
  })

  it('a mapping that names columns past the header’s end names them and the header’s line', () => {
    const mapping = { ...RENAMED_MAPPING, columns: { ...RENAMED_MAPPING.columns, planned: 20, achieved: 21 } }
    expect(errorOf(parseReport(csvBytes(tableRows(RENAMED)), undefined, { mapping })).message.es).toBe(
      'La asignación de columnas nombra columnas que la cabecera del archivo (línea 5) no tiene: «Total planificado», «Total cumplido».',
    )
  })

  it('a mapping whose header row is past the file’s end says where it looked', () => {
    const mapping = { ...RENAMED_MAPPING, headerRow: 900 }
    expect(errorOf(parseReport(csvBytes(tableRows(RENAMED)), undefined, { mapping })).message.en).toBe('The chosen header (line 900) does not exist or is blank.')
  })

  it('a mapping of the sheet a workbook does not have lists the ones it has', async () => {
    const bytes = await workbook({ POA: tableRows(RENAMED) })
    expect(errorOf(await parseReportFile(bytes, undefined, { mapping: { ...RENAMED_MAPPING, sheet: 'Metas' } })).message.es).toBe(
      'El libro no tiene la hoja «Metas» (tiene «POA»).',
    )
  })
})

describe('the mapping step’s preview', () => {
  it('of a sheet with nothing in it names the sheet, as the import would', async () => {
    const sketched = await sketchReportFile(await workbook({ Vacía: [], POA: tableRows(RENAMED) }))
    if (!sketched.ok) throw new Error(sketched.error.message.en)
    const preview = previewReading(sketched.table, { sheet: 0, header: { index: 0, rows: 1 }, columns: NO_COLUMNS(), percentScale: 'points' })
    expect(preview).toEqual({
      ok: false,
      error: expect.objectContaining({ message: { es: 'La hoja «Vacía» está vacía: elija otra.', en: 'Sheet "Vacía" is empty: choose another.' } }),
    })
  })
})
