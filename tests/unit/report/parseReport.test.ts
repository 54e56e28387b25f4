// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COLUMNS, isNumericColumn, parseCell } from '../../../src/report/columns'
import type { Report } from '../../../src/report/types'
import { parseOk, seedMetaRows, seedReport, seedRows, seedText } from '../../fixtures/seedReport'
import { csvCell, toCsv, utf8, windows1252Crlf, withBom } from './sourceCopies'

describe('parseReport on the seed', () => {
  const report = seedReport()
  const metaRows = seedMetaRows()

  it('reads the entity, year and section title from the title lines', () => {
    const titles = seedRows()
      .slice(0, 5)
      .map((r) => r.join(''))
      .filter((t) => t !== '')
    expect(report.entity).toBe(titles[0])
    expect(report.entity).toBe('MUNICIPIO DEL DISTRITO METROPOLITANO DE QUITO')
    expect(report.year).toBe(2020)
    expect(report.title).toBe(titles[2])
  })

  it('finds one meta per data row: 351, in file order with their line numbers', () => {
    expect(metaRows).toHaveLength(351)
    expect(report.metas).toHaveLength(351)
    const metaTexts = new Set(metaRows.map((r) => r.join('\t')))
    const lines = seedText()
      .split('\n')
      .map((text, i) => ({ text, line: i + 1 }))
      .filter(({ text }) => metaTexts.has(text))
      .map(({ line }) => line)
    expect(report.metas.map((m) => m.line)).toEqual(lines)
    expect(report.metas.map((m) => m.id)).toEqual(report.metas.map((_, i) => i))
  })

  it('maps the eleven columns by header text, each meta holding its row cells verbatim', () => {
    expect(report.source.columns).toEqual(COLUMNS.map((c) => c.key))
    report.metas.forEach((meta, i) => {
      expect(COLUMNS.map((c) => meta.cells[c.key])).toEqual(metaRows[i])
    })
  })

  it('keeps the 66 page headers and the blank lines as layout, not metas', () => {
    const layout = report.source.rows.filter((r) => r.meta === null)
    const text = seedText()
    expect(report.source.rows).toHaveLength(text.split('\n').length)
    const headerRows = seedRows().filter((r) => r[0] === 'OBJETIVOS DEL PLAN METROPOLITANO DE DESARROLLO')
    expect(headerRows).toHaveLength(66)
    expect(layout).toHaveLength(text.split('\n').length - 351)
  })

  it('detects UTF-8 without BOM, LF line ends and tabs', () => {
    expect(report.source).toMatchObject({ format: 'tsv', encoding: 'utf-8', bom: false, lineEnd: '\n', delimiter: '\t' })
  })

  it('parses every number of the numeric columns except the shifted row 54', () => {
    const numeric = COLUMNS.filter(isNumericColumn)
    const failures = report.metas.flatMap((m) => numeric.filter((def) => !parseCell(def, m.cells[def.key]).ok).map((def) => `${m.cells.no}:${def.key}`))
    expect(failures).toEqual(['54:planned'])
  })
})

describe('parseReport on converted copies of the seed', () => {
  const reference = seedReport()
  const cellsOf = (r: Report) => r.metas.map((m) => m.cells)

  it('reads Windows-1252 with CRLF line ends to the same metas', () => {
    const report = parseOk(windows1252Crlf(seedText()))
    expect(report.source).toMatchObject({ encoding: 'windows-1252', lineEnd: '\r\n', format: 'tsv' })
    expect(cellsOf(report)).toEqual(cellsOf(reference))
  })

  it('reads a semicolon CSV with BOM to the same metas', () => {
    const report = parseOk(withBom(utf8(toCsv(seedRows(), ';'))))
    expect(report.source).toMatchObject({ format: 'csv', delimiter: ';', bom: true, encoding: 'utf-8' })
    expect(cellsOf(report)).toEqual(cellsOf(reference))
  })

  it('maps columns by their header text, not their position, when a copy has them in another order', () => {
    // Planned and achieved swapped, and the indicator moved to the end, on every row (headers included).
    const order = [0, 1, 2, 3, 4, 7, 6, 8, 9, 10, 5]
    const rows = seedRows().map((r) => (r.length === 11 ? order.map((i) => r[i]!) : r))
    const report = parseOk(utf8(toCsv(rows, ';')))
    expect(report.source.columns).toEqual([
      'objective',
      'competenceType',
      'competence',
      'no',
      'description',
      'achieved',
      'planned',
      'percent',
      'result',
      'contribution',
      'indicator',
    ])
    expect(cellsOf(report)).toEqual(cellsOf(reference))
  })

  it('reads a comma CSV whose quoted cells hold line breaks, quotes and commas', () => {
    const rows = seedRows()
    const firstMeta = reference.metas[0]!.line - 1
    const multiline = 'Primera línea, con coma\nsegunda "citada"'
    rows[firstMeta] = rows[firstMeta]!.map((c, i) => (i === 9 ? multiline : c))
    const report = parseOk(utf8(toCsv(rows, ',')))
    expect(report.source.delimiter).toBe(',')
    expect(report.metas[0]!.cells.result).toBe(multiline)
    expect(report.metas).toHaveLength(351)
    // Lines after the multi-line cell count the embedded line break.
    expect(report.metas[1]!.line).toBe(reference.metas[1]!.line + 1)
    expect(csvCell(multiline, ',')).toMatch(/^"/)
  })
})
