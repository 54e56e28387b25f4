import { expect, it } from 'vitest'
import { buildViewFile } from '../../../src/features/files/buildViewFile'
import { filesMessages } from '../../../src/ui/i18n/filesMessages'
import { makeViewExportJob } from '../../../src/features/files/makeViewExportJob'
import { workspaceMessages } from '../../../src/ui/i18n/workspaceMessages'
import { computeView } from '../../../src/report/view/computeView'
import { DEFAULT_VIEW, type ViewSpec } from '../../../src/report/view/viewSpec'
import { seedReport } from '../../fixtures/seedReport'
import { readCsv } from './exportFixture'

it('the review status column exports each meta\'s status in words, and "Sin revisar" for metas nobody reviewed', async () => {
  const report = seedReport()
  const spec: ViewSpec = { ...DEFAULT_VIEW, columns: ['no', 'reviewStatus'] }
  const metas = computeView(report, spec)
  const statuses = workspaceMessages.es.reviewStatuses
  const exported = async (reviewStatus?: (id: number) => string) => {
    const job = makeViewExportJob({
      report,
      spec,
      metas,
      viewName: 'revisión',
      format: 'csv-semicolon',
      lang: 'es',
      t: filesMessages.es,
      context: reviewStatus ? { reviewStatus } : {},
      statusLabel: (s) => statuses[s as keyof typeof statuses],
      now: new Date(2024, 4, 2, 10, 30),
    })
    return readCsv(await buildViewFile(job, () => {}), ';').rows
  }
  const reviewed = await exported((id) => (id === metas[1]!.id ? 'approved' : 'unreviewed'))
  expect(reviewed[0]).toEqual(['N.º de meta', 'Estado de revisión'])
  expect(reviewed.slice(1, 4).map((r) => r[1])).toEqual([statuses.unreviewed, statuses.approved, statuses.unreviewed])
  expect(reviewed).toHaveLength(metas.length + 1)
  // Before any review is stored the workspace has no statuses at all.
  const fresh = await exported()
  expect(new Set(fresh.slice(1).map((r) => r[1]))).toEqual(new Set([statuses.unreviewed]))
})
