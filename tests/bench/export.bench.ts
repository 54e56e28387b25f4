/**
 * Export speed on a 100,000-meta view made from the seed (Node, same code as the export worker):
 * milliseconds per format, and the file sizes.
 */
import { buildViewFile } from '../../src/features/files/buildViewFile'
import { filesMessages } from '../../src/ui/i18n/filesMessages'
import { makeViewExportJob } from '../../src/features/files/makeViewExportJob'
import type { ViewExportFormat } from '../../src/features/files/viewExportJob'
import type { Meta } from '../../src/report/types'
import { DEFAULT_VIEW } from '../../src/report/view/viewSpec'
import { seedReport } from '../fixtures/seedReport'

const ROWS = 100_000

export default async function exportBench(): Promise<Record<string, number>> {
  const seed = seedReport()
  const metas: Meta[] = Array.from({ length: ROWS }, (_, id) => ({ ...seed.metas[id % seed.metas.length]!, id }))
  const report = { ...seed, metas }
  const figures: Record<string, number> = {}
  for (const format of ['csv-semicolon', 'json', 'xlsx'] as ViewExportFormat[]) {
    // Every column, including the computed percentage: the heaviest view a manager can export.
    const job = makeViewExportJob({ report, spec: DEFAULT_VIEW, metas, viewName: 'bench', format, lang: 'es', t: filesMessages.es, now: new Date() })
    const start = performance.now()
    const bytes = await buildViewFile(job, () => {})
    figures[`${format} ${ROWS} rows (ms)`] = performance.now() - start
    figures[`${format} size (MB)`] = bytes.length / 1024 / 1024
  }
  return figures
}
