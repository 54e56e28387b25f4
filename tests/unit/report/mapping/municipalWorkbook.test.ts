// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { absentColumns } from '../../../../src/report/absentColumns'
import { applyEdits } from '../../../../src/report/applyEdits'
import { metaValues } from '../../../../src/report/metaValues'
import { proposeReading, toColumnMapping } from '../../../../src/report/mapping/proposeReading'
import { parseReportFile } from '../../../../src/report/parseReport'
import { serializeSourceFile } from '../../../../src/report/serializeSourceFile'
import type { Report } from '../../../../src/report/types'
import { GROUPED_META, municipalWorkbook, NOISY_META, responsible, sampleMetas, TITLES, workbookContents, sketchOf } from './mappedFixtures'

async function mapped(bytes: Uint8Array): Promise<Report> {
  const sketch = await sketchOf(bytes)
  const result = await parseReportFile(bytes, 'poa-2021.xlsx', { mapping: toColumnMapping(sketch, proposeReading(sketch)) })
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}

describe('a municipality’s own XLSX workbook', () => {
  it('lists its sheets with their row counts and goes to the mapping step', async () => {
    const bytes = await municipalWorkbook()
    const result = await parseReportFile(bytes, 'poa-2021.xlsx')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message.es).toContain('en ninguna hoja («Resumen», «POA 2021»)')
    // Two title rows, the two header rows and 40 metas; the blank row 3 does not count.
    expect(result.table?.sheets.map((s) => [s.name, s.rowCount])).toEqual([
      ['Resumen', 3],
      ['POA 2021', 2 + 2 + 40],
    ])
  })

  it('is proposed on its second sheet, with its two-row header at row 4 and fractions as the percentage scale', async () => {
    const proposal = proposeReading(await sketchOf(await municipalWorkbook()))
    expect(proposal).toEqual({
      sheet: 1,
      header: { index: 3, rows: 2 },
      columns: { objective: 0, no: 1, description: 2, indicator: 3, planned: 4, achieved: 5, percent: 6, result: 7, contribution: 8, competenceType: 9, competence: null },
      percentScale: 'fraction',
      template: null,
      found: true,
    })
  })

  it('reads each objective merged over its metas into every one of them, and the rest as the seed', async () => {
    const report = await mapped(await municipalWorkbook())
    const seed = sampleMetas()
    expect(report.entity).toBe(TITLES[0])
    expect(report.year).toBe(2021)
    expect(report.metas.map((m) => m.cells.objective)).toEqual(seed.map((m) => m.cells.objective))
    for (const key of ['no', 'description', 'indicator', 'competenceType', 'result', 'contribution'] as const) {
      expect(report.metas.map((m) => m.cells[key])).toEqual(seed.map((m) => m.cells[key]))
    }
    expect(absentColumns(report).map((c) => c.key)).toEqual(['competence'])
    expect(report.source.extraColumns).toEqual([{ position: 10, header: 'Observaciones' }])
    expect(report.metas.slice(0, 5).map((m) => m.extra)).toEqual([[`Revisado por ${responsible(0)}`], [''], [''], [''], [`Revisado por ${responsible(4)}`]])
  })

  it('reads fractions (plain and cached formula values) as the seed’s percentages', async () => {
    const report = await mapped(await municipalWorkbook())
    expect(report.metas.slice(0, 4).map((m) => m.cells.percent)).toEqual(['100,00%', '140,60%', '125,00%', '119,99%'])
    expect(report.metas.map((m) => m.cells.percent)).toEqual(sampleMetas().map((m) => m.cells.percent))
    expect(report.metas.map((m) => metaValues(m).percent)).toEqual(sampleMetas().map((m) => metaValues(m).percent))
  })

  it('shows numbers as their cells do: thousands where the format groups them, no binary noise', async () => {
    const report = await mapped(await municipalWorkbook())
    expect(report.metas[GROUPED_META]!.cells.planned).toBe('67.958')
    expect(report.metas[NOISY_META]!.cells.planned).toBe('100')
    expect(report.metas[11]!.cells.planned).toBe('0,02')
  })

  it('is written back unedited with every sheet, value and merge it had', async () => {
    const bytes = await municipalWorkbook()
    const written = await serializeSourceFile(await mapped(bytes))
    expect(await workbookContents(written)).toEqual(await workbookContents(bytes))
  })

  it('writes an edited percentage back as a fraction, and splits only the merge of an edited objective', async () => {
    const bytes = await municipalWorkbook()
    const report = await mapped(bytes)
    const edited = applyEdits(report, [
      { meta: 1, column: 'percent', after: '90,00%' },
      { meta: 27, column: 'objective', after: '2.2 Objetivo corregido' },
    ])
    const before = await workbookContents(bytes)
    const after = await workbookContents(await serializeSourceFile(edited))
    expect(after['Resumen']).toEqual(before['Resumen'])
    const diffs: unknown[] = []
    after['POA 2021']!.values.forEach((row, r) => row.forEach((v, c) => v !== before['POA 2021']!.values[r]?.[c] && diffs.push([r + 1, c + 1, v])))
    // Meta 2 is row 7; the run of objective 2.2 is rows 31 to 37, meta 28 its third row (33).
    const objective = sampleMetas()[25]!.cells.objective
    expect(diffs).toEqual([[7, 7, 0.9], ...[32, 33, 34, 35, 36, 37].map((r) => [r, 1, r === 33 ? '2.2 Objetivo corregido' : objective])])
    expect(after['POA 2021']!.merges).toEqual(before['POA 2021']!.merges.filter((m) => m !== 'A31:A37'))
  })
})
