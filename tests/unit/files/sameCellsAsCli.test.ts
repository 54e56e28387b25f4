// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildViewFile } from '../../../src/features/files/buildViewFile'
import { applyEdits } from '../../../src/report/applyEdits'
import { COLUMNS } from '../../../src/report/columns'
import { exportCsvText } from '../../../src/report/exportCsv'
import { exportXlsx } from '../../../src/report/exportXlsx'
import type { ColumnKey } from '../../../src/report/types'
import { DEFAULT_VIEW, type ViewSpec } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { jobFor, readWorkbook } from './exportFixture'

const noProgress = () => {}
const ALL: ColumnKey[] = COLUMNS.map((c) => c.key)
const ALL_COLUMNS: ViewSpec = { ...DEFAULT_VIEW, columns: ALL }

/** What meta 1 and 2 are edited to: formula-like texts, a negative number, a blank number and a goal number that is not whole. */
const EDITS: Record<number, Partial<Record<ColumnKey, string>>> = {
  0: { description: '=HYPERLINK("http://x","y")', indicator: '+1+1', result: '@SUM(A1:A2); "citado"\ny salto', competence: '\tcmd', planned: '-5' },
  1: { achieved: '', no: '3,5' },
}

function editedSeed() {
  const edits = Object.entries(EDITS).flatMap(([meta, cells]) => Object.entries(cells).map(([column, after]) => ({ meta: Number(meta), column: column as ColumnKey, after })))
  return applyEdits(seedReport(), edits)
}

describe('the view export writes every cell as the command line does', () => {
  it('gives the same CSV, byte for byte, with either delimiter, formula-like texts guarded the same way', async () => {
    const report = editedSeed()
    for (const [format, delimiter] of [
      ['csv-semicolon', ';'],
      ['csv-comma', ','],
    ] as const) {
      const view = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await buildViewFile(jobFor(report, ALL_COLUMNS, report.metas, format), noProgress))
      const cli = exportCsvText(report.metas, ALL, { delimiter, lang: 'es' })
      expect(view.replace(/^\ufeff/, '')).toBe(cli)
      expect(cli).toContain(`'=HYPERLINK`)
    }
  })

  it('gives the same XLSX cells: values, number formats and guarded texts', async () => {
    const report = editedSeed()
    const view = (await readWorkbook(await buildViewFile(jobFor(report, ALL_COLUMNS, report.metas, 'xlsx'), noProgress))).worksheets[0]!
    const cli = (await readWorkbook(await exportXlsx(report.metas, ALL, { lang: 'es' }))).worksheets[0]!
    expect(view.rowCount).toBe(cli.rowCount)
    for (let r = 1; r <= cli.rowCount; r++) {
      for (let c = 1; c <= ALL.length; c++) {
        const [got, want] = [view.getRow(r).getCell(c), cli.getRow(r).getCell(c)]
        expect({ value: got.value, numFmt: got.numFmt }).toEqual({ value: want.value, numFmt: want.numFmt })
      }
    }
    expect(cli.getRow(2).getCell(ALL.indexOf('description') + 1).value).toBe(`'=HYPERLINK("http://x","y")`)
  })

  it('keeps a goal number that is not whole as its text in XLSX, as CSV does, instead of leaving the cell blank', async () => {
    const report = editedSeed()
    const sheet = (await readWorkbook(await exportXlsx(report.metas, ALL, { lang: 'es' }))).worksheets[0]!
    expect(sheet.getRow(3).getCell(ALL.indexOf('no') + 1).value).toBe('3,5')
    expect(exportCsvText(report.metas, ['no'], { delimiter: ';' }).split('\r\n')[2]).toBe('3,5')
  })
})
