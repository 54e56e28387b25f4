import { describe, expect, it } from 'vitest'
import { buildViewFile } from '../../../src/export/buildViewFile'
import { columnDef, isNumericColumn } from '../../../src/report/columns'
import { applyEdits } from '../../../src/report/applyEdits'
import { metaValues } from '../../../src/report/metaValues'
import { parseNumber } from '../../../src/report/numbers'
import { computeView } from '../../../src/report/view/computeView'
import { DEFAULT_VIEW, type ViewColumnKey, type ViewSpec } from '../../../src/report/view/viewSpec'
import type { ColumnKey, Meta } from '../../../src/report/types'
import { jobFor, readCsv, readWorkbook, seedReport, sheetValues } from './exportFixture'

const noProgress = () => {}

// A manager's view: metas under 100 %, worst first, a handful of columns in their own order.
const COLUMNS: ViewColumnKey[] = ['no', 'percent', 'description', 'planned', 'achieved', 'objective', 'computedPercent', 'result']
const SPEC: ViewSpec = {
  ...DEFAULT_VIEW,
  sort: [{ column: 'percent', desc: false }, { column: 'no', desc: false }],
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
  if (key === 'findings' || key === 'reviewStatus') throw new Error('not in this view')
  const def = columnDef(key)
  const text = meta.cells[key as ColumnKey]
  if (!isNumericColumn(def)) return text
  const parsed = parseNumber(text)
  return parsed.ok ? parsed.value : text
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
    const aboutText = sheetValues(about!).map((r) => r.join(' | ')).join('\n')
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
})
