// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { absentColumns } from '../../../../src/report/absentColumns'
import { checkReport } from '../../../../src/report/findings'
import { proposeReading, toColumnMapping } from '../../../../src/report/mapping/proposeReading'
import { parseReport, parseReportFile } from '../../../../src/report/parseReport'
import { serializeSource } from '../../../../src/report/serializeSource'
import type { ColumnKey, ParseResult, Report } from '../../../../src/report/types'
import { parseOk, seedBytes, seedReport, seedRows } from '../../../fixtures/seedReport'
import { csvBytes, RENAMED, responsible, sampleMetas, tableRows, sketchOf } from './mappedFixtures'

const reportOf = (result: ParseResult): Report => {
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}

/** The sample's metas in the seed's own layout (its title lines and two-row header): what the app reads without a mapping. */
function knownLayoutReport(): Report {
  const header = seedRows().slice(0, 8)
  const lines = [...header, ...sampleMetas().map((m) => Object.values(m.cells))].map((r) => r.join('\t'))
  return parseOk(new TextEncoder().encode(lines.join('\n')))
}

const seedColumnCells = (key: ColumnKey) => sampleMetas().map((m) => m.cells[key])

describe('a CSV of another year’s form (renamed, reordered, three title rows, a column of its own)', () => {
  const bytes = csvBytes(tableRows(RENAMED))

  it('goes to the mapping step instead of being refused, with its first rows and its row count', async () => {
    const result = await parseReportFile(bytes, 'poa-2021.csv')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('noHeader')
    expect(result.table?.sheets.map((s) => s.rowCount)).toEqual([3 + 1 + 40])
  })

  it('has its header found on line 5 and each report column proposed by the name officials give it', async () => {
    const proposal = proposeReading(await sketchOf(bytes))
    expect(proposal).toEqual({
      sheet: 0,
      header: { index: 4, rows: 1 },
      columns: { description: 0, no: 1, objective: 2, competenceType: 3, indicator: 4, planned: 5, achieved: 6, percent: 7, result: 8, contribution: 9, competence: 10 },
      percentScale: 'points',
      template: null,
      found: true,
    })
  })

  it('reads with the confirmed mapping to the seed’s metas, its titles, and "Responsable" kept as an extra column', async () => {
    const sketch = await sketchOf(bytes)
    const report = reportOf(parseReport(bytes, 'poa-2021.csv', { mapping: toColumnMapping(sketch, proposeReading(sketch)) }))
    expect(report.entity).toBe('GAD MUNICIPAL DE EJEMPLO')
    expect(report.year).toBe(2021)
    expect(report.metas.map((m) => m.cells)).toEqual(sampleMetas().map((m) => m.cells))
    expect(report.source.extraColumns).toEqual([{ position: 11, header: 'Responsable' }])
    expect(report.metas.slice(0, 4).map((m) => m.extra)).toEqual([[responsible(0)], [responsible(1)], [responsible(2)], [responsible(3)]])
    expect(report.source.mapping).toMatchObject({ delimiter: ';', headerRow: 5, headerRows: 1 })
  })

  it('gets the same findings as the same metas in the seed’s own layout', async () => {
    const sketch = await sketchOf(bytes)
    const report = reportOf(parseReport(bytes, undefined, { mapping: toColumnMapping(sketch, proposeReading(sketch)) }))
    const findings = checkReport(report)
    expect(findings.length).toBeGreaterThan(0)
    expect(findings).toEqual(checkReport(knownLayoutReport()))
  })

  it('gives back its own bytes when exported in its format unedited, and changes only the edited cell', async () => {
    const sketch = await sketchOf(bytes)
    const report = reportOf(parseReport(bytes, undefined, { mapping: toColumnMapping(sketch, proposeReading(sketch)) }))
    expect(serializeSource(report)).toEqual(bytes)
    const edited = { ...report, metas: report.metas.map((m) => (m.id === 2 ? { ...m, cells: { ...m.cells, achieved: '6' } } : m)) }
    const lines = new TextDecoder().decode(serializeSource(edited)).split('\r\n')
    const before = new TextDecoder().decode(bytes).split('\r\n')
    expect(lines.filter((line, i) => line !== before[i])).toEqual([before[7]!.replace(';5;125,00%;', ';6;125,00%;')])
  })
})

describe('a form that lacks a required column', () => {
  const bytes = csvBytes(tableRows(RENAMED.filter((c) => c.key !== 'indicator')))

  it('proposes no column for it, and says so once for the report, not once per meta', async () => {
    const sketch = await sketchOf(bytes)
    const proposal = proposeReading(sketch)
    expect(proposal.columns.indicator).toBeNull()
    const report = reportOf(parseReport(bytes, undefined, { mapping: toColumnMapping(sketch, proposal) }))
    expect(absentColumns(report).map((c) => c.key)).toEqual(['indicator'])
    expect(report.metas.map((m) => m.cells.indicator)).toEqual(seedColumnCells('indicator').map(() => ''))
    expect(checkReport(report)).toEqual(checkReport(knownLayoutReport()).filter((f) => f.column !== 'indicator'))
  })
})

describe('the seed on request (Revisar columnas)', () => {
  it('is proposed as the app reads it: its two-row header on line 7 and the eleven columns in order', async () => {
    const proposal = proposeReading(await sketchOf(seedBytes()))
    expect(proposal.header).toEqual({ index: 6, rows: 2 })
    expect(proposal.columns).toEqual({
      objective: 0,
      competenceType: 1,
      competence: 2,
      no: 3,
      description: 4,
      indicator: 5,
      planned: 6,
      achieved: 7,
      percent: 8,
      result: 9,
      contribution: 10,
    })
  })

  it('read with that mapping gives the same 351 metas and, unedited, the same bytes', async () => {
    const sketch = await sketchOf(seedBytes())
    const report = reportOf(parseReport(seedBytes(), undefined, { mapping: toColumnMapping(sketch, proposeReading(sketch)) }))
    expect(report.metas.map((m) => m.cells)).toEqual(seedReport().metas.map((m) => m.cells))
    // Compared as buffers: a deep equality of half a megabyte, byte by byte, takes seconds.
    expect(Buffer.from(serializeSource(report)).equals(Buffer.from(seedBytes()))).toBe(true)
  })
})
