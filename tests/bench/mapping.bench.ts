/**
 * The mapping step on a large file: sketching a 100,000-meta report and proposing its columns,
 * then reading it through that mapping, against reading it by its header's names in the same run.
 * Target: reading through a mapping at most 1.2 times the reading by names.
 */
import { proposeReading, toColumnMapping } from '../../src/report/mapping/proposeReading'
import { parseReport, sketchReportFile } from '../../src/report/parseReport'
import { seedText } from '../fixtures/seedReport'
import { synthetic, time } from './parse.bench'

const METAS = 100_000

export default async function (): Promise<Record<string, number | string>> {
  const bytes = new TextEncoder().encode(synthetic(seedText(), METAS))
  const sketchStart = performance.now()
  const sketched = await sketchReportFile(bytes)
  const sketchMs = performance.now() - sketchStart
  if (!sketched.ok) throw new Error(sketched.error.message.en)
  const proposed = time(20, () => proposeReading(sketched.table))
  const mapping = toColumnMapping(sketched.table, proposed.result)
  const byNames = time(5, () => parseReport(bytes))
  const mapped = time(5, () => parseReport(bytes, undefined, { mapping }))
  if (!byNames.result.ok || !mapped.result.ok || mapped.result.report.metas.length !== METAS) throw new Error('the synthetic report does not read both ways')
  return {
    'synthetic: metas': METAS,
    'sketch (first rows and row count), ms': sketchMs,
    'proposal from the sketch, ms (median of 20)': proposed.ms,
    'parse by header names, ms (median of 5)': byNames.ms,
    'parse through the mapping, ms (median of 5)': mapped.ms,
    'mapping / names (target <= 1.2)': mapped.ms / byNames.ms,
  }
}
