import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { compareReports } from '../../../../src/report/compare/compareReports'
import { comparisonJsonValue } from '../../../../src/report/compare/comparisonJson'
import { comparisonTables, type ComparedReport } from '../../../../src/report/compare/comparisonTables'
import { comparisonWorkbook } from '../../../../src/report/compare/comparisonWorkbook'
import { matchMetas } from '../../../../src/report/compare/matchMetas'
import { columnDef } from '../../../../src/report/columns'
import { parseNumber } from '../../../../src/report/numbers'
import type { Report } from '../../../../src/report/types'
import { compareMessages } from '../../../../src/ui/i18n/compareMessages'
import { seedReport } from '../../../fixtures/seedReport'
import { readWorkbook, sheetValues } from '../../files/exportFixture'
import { copyReport, editedSeed, seedCopyRows, type CellEditSpec } from '../../../fixtures/seedCopies'

const seed = seedReport()
const side = (report: Report, label: string): ComparedReport => ({ label, entity: report.entity, year: report.year, metas: report.metas })

function tablesOf(a: Report, b: Report) {
  const matching = matchMetas(
    a.metas.map((m) => m.cells),
    b.metas.map((m) => m.cells),
    { mode: 'versions' },
  )
  return comparisonTables(compareReports(a.metas, b.metas, matching), side(a, 'original'), side(b, 'copia'))
}

// Texts a spreadsheet would read as formulas, typed into a corrected copy.
const edits: CellEditSpec[] = [
  { meta: 0, column: 'result', after: '=HYPERLINK("http://evil.example","clic")' },
  { meta: 1, column: 'achieved', after: '700' },
  { meta: 2, column: 'contribution', after: '@SUM(1+1)' },
  { meta: 5, column: 'percent', after: '12,50%' },
]
const copy = editedSeed(edits)
const tables = tablesOf(seed, copy)

describe('the comparison workbook', () => {
  it('has a sheet per part, and its changed-cells sheet one row per change with numbers as numbers', async () => {
    const workbook = await readWorkbook(await comparisonWorkbook(tables, compareMessages.es.sheetLabels, 'es'))
    const names = compareMessages.es.sheetLabels.sheets
    expect(workbook.worksheets.map((s) => s.name)).toEqual([names.summary, names.changes, names.unmatched, names.pairs])
    const changes = sheetValues(workbook.getWorksheet(names.changes)!)
    expect(changes).toHaveLength(1 + edits.length)
    const achieved = changes.find((row) => row[3] === columnDef('achieved').label.es)!
    const before = Number(seed.metas[1]!.cells.achieved)
    expect(achieved.slice(4)).toEqual([before, 700, 700 - before])
    expect(sheetValues(workbook.getWorksheet(names.pairs)!)).toHaveLength(1 + seed.metas.length)
  })

  it('writes texts that start like a formula as text, never as a formula', async () => {
    const workbook = await readWorkbook(await comparisonWorkbook(tables, compareMessages.en.sheetLabels, 'en'))
    const sheet = workbook.getWorksheet(compareMessages.en.sheetLabels.sheets.changes)!
    const afters = sheetValues(sheet).map((row) => row[5])
    for (const attack of [edits[0]!.after, edits[2]!.after]) expect(afters).toContain(`'${attack}`)
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)))
  })

  it('lists the metas without a partner on their own sheet, by side', async () => {
    const rows = seedCopyRows().filter((r) => r.from !== 7)
    const workbook = await readWorkbook(await comparisonWorkbook(tablesOf(seed, copyReport(rows)), compareMessages.es.sheetLabels, 'es'))
    const unmatched = sheetValues(workbook.getWorksheet(compareMessages.es.sheetLabels.sheets.unmatched)!)
    expect(unmatched.slice(1).map((row) => row.slice(0, 2))).toEqual([[compareMessages.es.sheetLabels.sides.a, Number(seed.metas[7]!.cells.no)]])
  })
})

describe('the comparison as JSON', () => {
  it('names each changed cell by meta number and column key, with its texts and delta', () => {
    const json = comparisonJsonValue(tables)
    expect(json.changes).toEqual(
      edits.map(({ meta, column, after }) => {
        const no = Number(seed.metas[meta]!.cells.no)
        const before = seed.metas[meta]!.cells[column]
        const [x, y] = [parseNumber(before), parseNumber(after)]
        const delta = x.ok && y.ok && x.value !== null && y.value !== null ? expect.closeTo(y.value - x.value, 6) : null
        return { meta: no, metaB: no, column, before, after, delta }
      }),
    )
    const n = seed.metas.length
    expect(json.summary).toEqual({ matched: n, changed: edits.length, unchanged: n - edits.length, onlyInA: 0, onlyInB: 0, changedCells: edits.length, unsure: 0 })
  })
})
