import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildViewFile } from '../../../src/features/files/buildViewFile'
import type { ViewExportJob } from '../../../src/features/files/viewExportJob'
import { applyEdits } from '../../../src/report/applyEdits'
import type { CellEdit } from '../../../src/report/types'
import { DEFAULT_VIEW, type ViewSpec } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { jobFor, readCsv, readWorkbook, sheetValues } from './exportFixture'

const noProgress = () => {}

// Every start OWASP lists: =, +, -, @, tab and carriage return.
const ATTACKS = {
  description: '=HYPERLINK("http://evil.example","clic")',
  indicator: '+SUM(1,2)',
  result: '-2+3+cmd|" /C calc"!A0',
  contribution: '@SUM(1+1)*cmd|"/C calc"!A0',
  competence: '\t=1+1',
  objective: '\r=1+1',
} as const

const SPEC: ViewSpec = { ...DEFAULT_VIEW, columns: ['no', 'planned', 'description', 'indicator', 'result', 'contribution', 'competence', 'objective'] }

function attackedJob(format: ViewExportJob['format']): ViewExportJob {
  const original = seedReport()
  const edits: CellEdit[] = Object.entries(ATTACKS).map(([column, after]) => ({ meta: 0, column: column as CellEdit['column'], after }))
  // A negative number is a number, not a formula: it must stay a number.
  edits.push({ meta: 0, column: 'planned', after: '-5' })
  const report = applyEdits(original, edits)
  const job = jobFor(report, SPEC, [report.metas[0]!], format)
  return {
    ...job,
    columns: [{ ...job.columns[0]!, label: '=1+1' }, ...job.columns.slice(1)],
    about: [...job.about, { label: '@etiqueta', value: '=cmd|"/C calc"!A0' }],
  }
}

describe('formula injection', () => {
  it('XLSX cells and headers that start like a formula are written as text with a leading apostrophe', async () => {
    const workbook = await readWorkbook(await buildViewFile(attackedJob('xlsx'), noProgress))
    const data = workbook.worksheets[0]!
    const [header, row] = sheetValues(data)
    expect(header![0]).toBe("'=1+1")
    // XML reads a bare carriage return back as a line feed; the guard is what matters here.
    expect(row!.slice(2)).toEqual(Object.values(ATTACKS).map((a) => `'${a}`.replace(/\r/g, '\n')))
    data.getRow(2).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))
    expect(row![1]).toBe(-5)
    const about = sheetValues(workbook.worksheets[1]!)
    expect(about.at(-1)).toEqual(["'@etiqueta", `'=cmd|"/C calc"!A0`])
  })

  it('CSV cells and headers that start like a formula are written with a leading apostrophe', async () => {
    for (const format of ['csv-semicolon', 'csv-comma'] as const) {
      const { rows } = readCsv(await buildViewFile(attackedJob(format), noProgress), format === 'csv-semicolon' ? ';' : ',')
      expect(rows[0]![0]).toBe("'=1+1")
      expect(rows[1]!.slice(2)).toEqual(Object.values(ATTACKS).map((a) => `'${a}`))
      expect(rows[1]![1]).toBe('-5')
    }
  })
})
