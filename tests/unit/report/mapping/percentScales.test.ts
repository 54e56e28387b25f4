// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../../src/report/applyEdits'
import { metaValues } from '../../../../src/report/metaValues'
import { formatNumber, parseNumber, plainNumberText } from '../../../../src/report/numbers'
import { proposeReading, toColumnMapping } from '../../../../src/report/mapping/proposeReading'
import { parseReport, sketchReportFile } from '../../../../src/report/parseReport'
import { serializeSource } from '../../../../src/report/serializeSource'
import { splitRecords } from '../../../../src/report/splitRecords'
import type { Meta, PercentScale } from '../../../../src/report/types'
import { percentFraction } from '../../../../src/report/xlsxCells'
import { csvBytes, RENAMED, sampleMetas, tableRows } from './mappedFixtures'

const points = (meta: Meta): number => {
  const n = parseNumber(meta.cells.percent)
  if (!n.ok || n.value === null) throw new Error('no percent')
  return n.value
}

/** The same form with its percentages written three ways: 0,856 / 85,6 / "85,60 %". */
const WAYS: readonly [string, (meta: Meta) => string, PercentScale][] = [
  ['fractions (0,856)', (m) => plainNumberText(percentFraction(points(m))), 'fraction'],
  ['points without a sign (85,6)', (m) => plainNumberText(points(m)), 'points'],
  ['points with a spaced sign ("85,60 %")', (m) => `${formatNumber(points(m), 2, 2)} %`, 'points'],
]

describe.each(WAYS)('percentages written as %s', (_, write, scale) => {
  const bytes = csvBytes(tableRows(RENAMED, write))

  async function read() {
    const sketched = await sketchReportFile(bytes)
    if (!sketched.ok) throw new Error(sketched.error.message.en)
    const proposal = proposeReading(sketched.table)
    const result = parseReport(bytes, undefined, { mapping: toColumnMapping(sketched.table, proposal) })
    if (!result.ok) throw new Error(result.error.message.en)
    return { proposal, report: result.report }
  }

  it(`are detected as ${scale} for the column`, async () => {
    expect((await read()).proposal.percentScale).toBe(scale)
  })

  it('read as the seed’s fulfillment, in percentage points', async () => {
    const { report } = await read()
    expect(report.metas.map((m) => metaValues(m).percent)).toEqual(sampleMetas().map((m) => metaValues(m).percent))
  })

  it('give back the file unedited, and an edited percentage in the column’s own scale', async () => {
    const { report } = await read()
    expect(Buffer.from(serializeSource(report)).equals(Buffer.from(bytes))).toBe(true)
    const edited = new TextDecoder().decode(serializeSource(applyEdits(report, [{ meta: 1, column: 'percent', after: '90,00%' }])))
    // Line 7 is meta 2; its eighth cell the percentage.
    const cell = splitRecords(edited, ';').records[6]!.cells[7]
    expect(cell).toBe(scale === 'fraction' ? '0,9' : '90,00%')
  })
})
