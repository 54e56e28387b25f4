import { describe, expect, it } from 'vitest'
import { listWorkspaces, importWorkspace, readWorkspace } from '../../../src/drafts/workspaces'
import { proposeReading, toColumnMapping } from '../../../src/report/mapping/proposeReading'
import { parseReport } from '../../../src/report/parseReport'
import type { ColumnMapping, Report } from '../../../src/report/types'
import { csvBytes, RENAMED, sampleMetas, sketchOf, tableRows } from '../report/mapping/mappedFixtures'
import { openSession, seededDrafts } from './draftsFixture'

const bytes = csvBytes(tableRows(RENAMED))

async function mappedReport(change: (m: ColumnMapping) => ColumnMapping = (m) => m): Promise<Report> {
  const sketch = await sketchOf(bytes)
  const result = parseReport(bytes, 'poa-2021.csv', { mapping: change(toColumnMapping(sketch, proposeReading(sketch))) })
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}

describe('a workspace read through a mapping', () => {
  it('keeps its mapping, so reopening it reads the same metas without asking', async () => {
    const { db } = await seededDrafts()
    const report = await mappedReport()
    const imported = await importWorkspace(db, bytes, 'poa-2021.csv', report)
    if (!imported.ok) throw new Error(imported.error.message.en)
    expect(imported.workspace.mapping).toEqual(report.source.mapping)
    const reopened = await readWorkspace(db, imported.workspace.hash)
    expect(reopened?.report.metas.map((m) => m.cells)).toEqual(sampleMetas().map((m) => m.cells))
  })

  it('read another way before any draft takes the new reading; with drafts, the other reading is refused and nothing changes', async () => {
    const { db } = await seededDrafts()
    const first = await importWorkspace(db, bytes, 'poa-2021.csv', await mappedReport())
    if (!first.ok) throw new Error(first.error.message.en)
    const swapped = await mappedReport((m) => ({ ...m, columns: { ...m.columns, planned: m.columns.achieved, achieved: m.columns.planned } }))
    const again = await importWorkspace(db, bytes, 'poa-2021.csv', swapped)
    expect(again.ok && again.existed && again.workspace.mapping).toEqual(swapped.source.mapping)

    const tab = await openSession(db, first.workspace.hash)
    tab.commit([{ meta: 0, column: 'achieved', after: '4' }])
    await tab.whenSaved()
    tab.close()
    const before = await listWorkspaces(db)
    const refused = await importWorkspace(db, bytes, 'poa-2021.csv', await mappedReport())
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message.es).toContain('ya está abierto con otra lectura de sus columnas y tiene cambios guardados')
    expect(await listWorkspaces(db)).toEqual(before)
    expect(await db.edits.count()).toBe(1)
  })
})
