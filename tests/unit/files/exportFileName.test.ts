import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../../src/report/exportFileName'
import { viewExportFileName } from '../../../src/features/files/exportFileName'
import { fileNamePart } from '../../../src/report/fileNameParts'
import { VIEW_EXPORT_FORMATS } from '../../../src/features/files/viewExportJob'
import { parseOk, seedBytes, seedReport } from '../../fixtures/seedReport'

/** The seed opened from a file of another name (or of none). */
const seedNamed = (fileName?: string) => parseOk(seedBytes(), fileName)

describe('export file names', () => {
  it('name the report by its file, the view and the local date, without accents or spaces', () => {
    const name = exportFileName(seedNamed('Rendición de cuentas 2020 (Quito).txt'), 'Objetivo 2.4: gestión', new Date(2024, 4, 2, 23, 30), 'xlsx')
    expect(name).toBe('rendicion-de-cuentas-2020-quito_objetivo-2-4-gestion_2024-05-02.xlsx')
  })

  it('fall back to the entity and year when the report has no file name', () => {
    const report = seedNamed()
    const name = exportFileName(report, 'vista', new Date(2021, 0, 9), 'csv')
    expect(name).toBe(`${fileNamePart(report.entity)}-${report.year}_vista_2021-01-09.csv`)
    expect(name.startsWith('municipio-del-distrito-metropolitano-de-quito-2020_')).toBe(true)
  })

  it('keep only letters, digits and dashes whatever the view name holds', () => {
    expect(fileNamePart('=HYPERLINK("x")/..\\ñandú  ')).toBe('hyperlink-x-nandu')
  })

  it('tell the two CSVs of one view and day apart: the semicolon one for Excel says so', () => {
    const report = seedReport()
    const at = new Date(2024, 4, 2)
    expect(viewExportFileName(report, 'vista filtrada', at, 'csv-semicolon')).toBe('rendicion-cuentas-2020-quito_vista-filtrada_2024-05-02_excel.csv')
    expect(viewExportFileName(report, 'vista filtrada', at, 'csv-comma')).toBe('rendicion-cuentas-2020-quito_vista-filtrada_2024-05-02.csv')
    const names = VIEW_EXPORT_FORMATS.map((format) => viewExportFileName(report, 'vista filtrada', at, format))
    expect(new Set(names).size).toBe(VIEW_EXPORT_FORMATS.length)
  })
})
