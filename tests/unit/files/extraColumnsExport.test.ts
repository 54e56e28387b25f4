// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { writeViewCsv } from '../../../src/features/files/viewText'
import { proposeReading, toColumnMapping } from '../../../src/report/mapping/proposeReading'
import { parseReportFile } from '../../../src/report/parseReport'
import { computeView } from '../../../src/report/view/computeView'
import { DEFAULT_COLUMNS, DEFAULT_VIEW } from '../../../src/report/view/viewSpec'
import { otherLayoutWorkbook } from '../../fixtures/otherLayoutWorkbook'
import { sketchOf } from '../report/mapping/mappedFixtures'
import { jobFor, readCsv } from './exportFixture'

async function mappedReport() {
  const bytes = await otherLayoutWorkbook()
  const sketch = await sketchOf(bytes)
  const result = await parseReportFile(bytes, 'metas-2021.xlsx', { mapping: toColumnMapping(sketch, proposeReading(sketch)) })
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}

describe('a view of a report with a column of its file’s own', () => {
  it('exports that column after the view’s, under its header, with its text', async () => {
    const report = await mappedReport()
    const job = jobFor(report, DEFAULT_VIEW, computeView(report, DEFAULT_VIEW), 'csv-semicolon')
    expect(job.columns.at(-1)).toEqual({ key: 'extra:0', label: 'Avance físico' })
    expect(job.about.find((line) => line.label === 'Columnas')?.value.endsWith(', Avance físico')).toBe(true)
    const { rows } = readCsv(await writeViewCsv(job, ';', () => {}), ';')
    expect(rows[0]![DEFAULT_COLUMNS.length]).toBe('Avance físico')
    expect(rows.slice(1, 4).map((r) => r[DEFAULT_COLUMNS.length])).toEqual(['100,00%', '140,60%', '125,00%'])
  })

  it('leaves it out when the view hides it, as any column', async () => {
    const report = await mappedReport()
    const spec = { ...DEFAULT_VIEW, columns: ['no', 'percent'] as const }
    expect(jobFor(report, spec, computeView(report, spec), 'json').columns.map((c) => c.key)).toEqual(['no', 'percent'])
  })
})
