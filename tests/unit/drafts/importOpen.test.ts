import { describe, expect, it } from 'vitest'
import { deleteWorkspace, importWorkspace, listWorkspaces, readWorkspace } from '../../../src/drafts/workspaces'
import { openWorkspace } from '../../../src/ui/session/openWorkspace'
import { parseReport } from '../../../src/report/parseReport'
import { seedBytes, seedReport } from '../../fixtures/seedReport'
import { seededDrafts } from './draftsFixture'

const seed = seedReport()

// Another report: the seed with a different title year, so another file and another workspace.
const otherBytes = new TextEncoder().encode(new TextDecoder().decode(seedBytes()).replace(`CUENTAS ${seed.year}`, 'CUENTAS 2031'))
const parsedOther = parseReport(otherBytes, 'otro.txt')
if (!parsedOther.ok) throw new Error('the other report does not parse')
const other = parsedOther.report

describe('importing a report the page already parsed', () => {
  it('keeps the file and opens the workspace on that parse, without parsing the file again', async () => {
    const { db } = await seededDrafts()
    const imported = await importWorkspace(db, otherBytes, 'otro.txt', other)
    if (!imported.ok) throw new Error(imported.error.message.es)
    expect(imported.workspace).toMatchObject({ fileName: 'otro.txt', year: 2031, metaCount: other.metas.length })
    const opened = await openWorkspace(db, null, { hash: imported.workspace.hash, report: imported.report })
    if (!opened.ok) throw new Error('did not open')
    // The very object parsed before: a second parse would have built a new one.
    expect(opened.session.original).toBe(other)
    // The switcher's list is a live query of the stored workspaces.
    expect((await listWorkspaces(db)).map((w) => w.year)).toContain(2031)
    // The stored bytes are the file's, so a later open (a reload) parses the same report.
    const reread = await readWorkspace(db, imported.workspace.hash)
    expect(reread?.report.metas).toEqual(other.metas)
    opened.session.close()
  })

  it('a workspace deleted (by another tab) before it opens is not opened from its parse', async () => {
    const { db, hash } = await seededDrafts()
    const imported = await importWorkspace(db, otherBytes, 'otro.txt', other)
    if (!imported.ok) throw new Error(imported.error.message.es)
    await deleteWorkspace(db, imported.workspace.hash)
    const opened = await openWorkspace(db, null, { hash: imported.workspace.hash, report: imported.report })
    if (!opened.ok) throw new Error('did not open')
    expect(opened.session.workspace).toBe(hash)
    expect(opened.session.original.year).toBe(seed.year)
    opened.session.close()
  })
})
