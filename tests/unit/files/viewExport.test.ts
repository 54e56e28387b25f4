import { describe, expect, it } from 'vitest'
import { buildViewFile } from '../../../src/features/files/buildViewFile'
import { columnDef, formatCell, isNumericColumn } from '../../../src/report/columns'
import { applyEdits } from '../../../src/report/applyEdits'
import { metaValues } from '../../../src/report/metaValues'
import { formatNumber, parseNumber } from '../../../src/report/numbers'
import { computeView } from '../../../src/report/view/computeView'
import { DEFAULT_VIEW, type ViewColumnKey, type ViewSpec } from '../../../src/report/view/viewSpec'
import { isExtraColumn } from '../../../src/report/viewColumns'
import type { ColumnKey, Meta } from '../../../src/report/types'
import { seedReport } from '../../fixtures/seedReport'
import { jobFor, readCsv, readWorkbook, sheetValues } from './exportFixture'

const noProgress = () => {}

// A manager's view: metas under 100 %, worst first, a handful of columns in their own order.
const COLUMNS: ViewColumnKey[] = ['no', 'percent', 'description', 'planned', 'achieved', 'objective', 'computedPercent', 'result']
const SPEC: ViewSpec = {
  ...DEFAULT_VIEW,
  sort: [
    { column: 'percent', desc: false },
    { column: 'no', desc: false },
  ],
  filters: { ...DEFAULT_VIEW.filters, percent: { min: null, max: 99.99 } },
  columns: COLUMNS,
}

function viewOfSeed() {
  const original = seedReport()
  // A draft: the first meta of the view gets a new achieved total, which the export must carry.
  const first = computeView(original, SPEC)[0]!
  const report = applyEdits(original, [{ meta: first.id, column: 'result', after: 'Resultado corregido; con "comillas"\ny salto' }])
  const metas = computeView(report, SPEC)
  return { report, metas }
}

/** What the view shows in a report column, as the typed value an export must hold. */
function expectedValue(meta: Meta, key: ViewColumnKey): string | number | null {
  if (key === 'computedPercent') return metaValues(meta).computedPercent
  if (key === 'findings' || key === 'reviewStatus' || key === 'unit' || isExtraColumn(key)) throw new Error('not in this view')
  const def = columnDef(key)
  const text = meta.cells[key as ColumnKey]
  if (!isNumericColumn(def)) return text
  const parsed = parseNumber(text)
  return parsed.ok ? parsed.value : text
}

/** "86,93%" -> 0.8693: the fraction a percent text stands for, its decimal point moved in the text. */
function fractionOfText(text: string): number {
  const [whole, decimals = ''] = text.replace('%', '').replace(/\./g, '').split(',')
  const digits = (whole!.padStart(3, '0') + decimals).replace(/^-/, '')
  const point = digits.length - decimals.length - 2
  return Number(`${whole!.startsWith('-') ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`)
}

/**
 * What Excel in es-EC shows for a number in one of the formats the export writes ("#,##0",
 * "#,##0.0", "#,##0.00", "0.00%"); the percent with the space formatPercent puts before "%".
 */
function excelShows(value: number, numFmt: string): string {
  if (!/^(#,##0(\.0+)?|0\.00%)$/.test(numFmt)) throw new Error(`unexpected format ${numFmt}`)
  const decimals = /\.(0+)/.exec(numFmt)?.[1]!.length ?? 0
  return numFmt.endsWith('%') ? `${formatNumber(value * 100, decimals, decimals)} %` : formatNumber(value, decimals, decimals)
}

describe('exporting the current view', () => {
  it('writes an XLSX whose data sheet holds exactly the view: labels, rows in order, typed numbers', async () => {
    const { report, metas } = viewOfSeed()
    expect(metas.length).toBe(report.metas.filter((m) => (metaValues(m).percent ?? Infinity) <= 99.99).length)
    const workbook = await readWorkbook(await buildViewFile(jobFor(report, SPEC, metas, 'xlsx'), noProgress))
    const [data, about] = workbook.worksheets
    const rows = sheetValues(data!)
    expect(rows[0]).toEqual(COLUMNS.map((k) => (k === 'computedPercent' ? 'Cumplimiento calculado' : columnDef(k as ColumnKey).label.es)))
    expect(rows.length).toBe(metas.length + 1)
    metas.forEach((meta, i) => {
      COLUMNS.forEach((key, c) => {
        const want = expectedValue(meta, key)
        const got = rows[i + 1]![c]
        const percent = key === 'percent' || key === 'computedPercent'
        if (typeof want === 'number') expect(got).toBeCloseTo(percent ? want / 100 : want, 12)
        else expect(got ?? '').toBe(want ?? '')
      })
    })
    const percentCell = data!.getRow(2).getCell(2)
    expect(percentCell.numFmt).toBe('0.00%')
    expect(data!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(data!.getColumn(3).width).toBeGreaterThan(data!.getColumn(1).width ?? 0)
    const aboutText = sheetValues(about!)
      .map((r) => r.join(' | '))
      .join('\n')
    expect(aboutText).toContain(report.entity)
    expect(aboutText).toContain(String(report.year))
    expect(aboutText).toContain('Cumplimiento (ascendente), N.º de meta (ascendente)')
    expect(aboutText).toContain(`Filas exportadas | ${metas.length}`)
  })

  it('writes a ;-CSV with a BOM that reads back cell for cell, numbers with a decimal comma', async () => {
    const { report, metas } = viewOfSeed()
    const { bom, rows } = readCsv(await buildViewFile(jobFor(report, SPEC, metas, 'csv-semicolon'), noProgress), ';')
    expect(bom).toBe(true)
    expect(rows.length).toBe(metas.length + 1)
    metas.forEach((meta, i) => {
      COLUMNS.forEach((key, c) => {
        const want = expectedValue(meta, key)
        const got = rows[i + 1]![c]!
        if (typeof want === 'number') {
          const parsed = parseNumber(got)
          // Report numbers keep their own text; the computed percentage is written with 2 decimals.
          expect(parsed.ok && parsed.value).toBeCloseTo(want, key === 'computedPercent' ? 2 : 9)
        } else expect(got).toBe(want ?? '')
      })
    })
    expect(rows.some((r) => r.includes('Resultado corregido; con "comillas"\ny salto'))).toBe(true)
  })

  it('writes a ,-CSV without BOM whose numbers use a decimal point', async () => {
    const { report, metas } = viewOfSeed()
    const { bom, rows } = readCsv(await buildViewFile(jobFor(report, SPEC, metas, 'csv-comma'), noProgress), ',')
    expect(bom).toBe(false)
    expect(rows.length).toBe(metas.length + 1)
    metas.forEach((meta, i) => {
      const planned = metaValues(meta).planned
      expect(rows[i + 1]![3]).toBe(planned === null ? meta.cells.planned : String(planned))
      expect(rows[i + 1]![2]).toBe(meta.cells.description)
    })
  })

  it('writes JSON with typed values in the view order', async () => {
    const { report, metas } = viewOfSeed()
    const bytes = await buildViewFile(jobFor(report, SPEC, metas, 'json'), noProgress)
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as { entity: string; year: number; metas: Record<string, unknown>[]; columns: { key: string }[] }
    expect(doc.entity).toBe(report.entity)
    expect(doc.columns.map((c) => c.key)).toEqual(COLUMNS)
    expect(doc.metas.map((m) => m.no)).toEqual(metas.map((m) => metaValues(m).no))
    expect(doc.metas.map((m) => m.percent)).toEqual(metas.map((m) => metaValues(m).percent))
  })

  it('writes XLSX percentages as the report states them (0.8693, not 0.8693000000000001) and numbers as the grid shows them', async () => {
    const report = seedReport()
    const spec: ViewSpec = { ...DEFAULT_VIEW, columns: ['no', 'planned', 'achieved', 'percent'] }
    const metas = computeView(report, spec)
    // Dividing by 100 leaves binary noise on some of the seed's percentages: the case to get right.
    expect(metas.some((m) => (metaValues(m).percent ?? 0) / 100 !== fractionOfText(m.cells.percent))).toBe(true)
    const data = (await readWorkbook(await buildViewFile(jobFor(report, spec, metas, 'xlsx'), noProgress))).worksheets[0]!
    metas.forEach((meta, i) => {
      const row = data.getRow(i + 2)
      const percent = row.getCell(4)
      if (metaValues(meta).percent !== null) expect(percent.value).toBe(fractionOfText(meta.cells.percent))
      for (const [c, key] of (['no', 'planned', 'achieved', 'percent'] as const).entries()) {
        const cell = row.getCell(c + 1)
        const value = metaValues(meta)[key]
        if (typeof cell.value !== 'number' || value === null) continue
        // Excel shows "3" where the grid shows "3", "21.447,91" where it shows "21.447,91".
        expect(excelShows(cell.value, cell.numFmt)).toBe(formatCell(columnDef(key), value))
      }
    })
    const wholeTotal = metas.findIndex((m) => Number.isInteger(metaValues(m).planned))
    expect(data.getRow(wholeTotal + 2).getCell(2).numFmt).toBe('#,##0')
    const decimalTotal = metas.findIndex((m) => !Number.isInteger(metaValues(m).planned ?? 0))
    expect(data.getRow(decimalTotal + 2).getCell(2).numFmt).toBe('#,##0.00')
  })
})
