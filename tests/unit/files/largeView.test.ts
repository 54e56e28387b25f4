import { describe, expect, it } from 'vitest'
import { buildViewFile } from '../../../src/features/files/buildViewFile'
import type { Meta, Report } from '../../../src/report/types'
import { DEFAULT_VIEW, type ViewSpec } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { jobFor, readCsv, readWorkbook } from './exportFixture'

const ROWS = 100_000

/** 100,000 metas made by repeating the seed's, each with its own id and number. */
function largeReport(): Report {
  const seed = seedReport()
  const metas: Meta[] = Array.from({ length: ROWS }, (_, id) => {
    const from = seed.metas[id % seed.metas.length]!
    return { ...from, id, cells: { ...from.cells, no: String(id + 1) } }
  })
  return { ...seed, metas }
}

const SPEC: ViewSpec = { ...DEFAULT_VIEW, columns: ['no', 'description', 'planned', 'achieved', 'percent'] }

describe('a view of 100,000 metas', () => {
  it('exports all 100,000 rows to CSV, in order, reporting progress on the way', async () => {
    const report = largeReport()
    const seen: number[] = []
    const bytes = await buildViewFile(jobFor(report, SPEC, report.metas, 'csv-semicolon'), (p) => seen.push(p.done))
    const { rows } = readCsv(bytes, ';')
    expect(rows.length).toBe(ROWS + 1)
    expect(rows[ROWS]![0]).toBe(String(ROWS))
    expect(rows.slice(1).every((r, i) => r[0] === String(i + 1))).toBe(true)
    expect(seen.length).toBeGreaterThan(10)
    expect(seen.at(-1)).toBe(ROWS)
  })

  it('exports all 100,000 rows to XLSX', async () => {
    const report = largeReport()
    const workbook = await readWorkbook(await buildViewFile(jobFor(report, SPEC, report.metas, 'xlsx'), () => {}))
    const sheet = workbook.worksheets[0]!
    expect(sheet.rowCount).toBe(ROWS + 1)
    expect(sheet.getRow(ROWS + 1).getCell(1).value).toBe(ROWS)
  }, 120_000)
})
