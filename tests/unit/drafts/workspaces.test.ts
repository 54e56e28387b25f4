import { describe, expect, it, vi } from 'vitest'
import { deleteWorkspace, importWorkspace, listWorkspaces, readWorkspace } from '../../../src/drafts/workspaces'
import { seedBytes, seedReport } from '../../fixtures/seedReport'
import { openSession, seededDrafts } from './draftsFixture'

const seed = seedReport()

describe('workspaces', () => {
  it('importing the same file again reopens its workspace with its drafts instead of making a second one', async () => {
    const { db, hash } = await seededDrafts()
    const tab = await openSession(db, hash)
    tab.commit([{ meta: 0, column: 'achieved', after: '4' }])
    await tab.whenSaved()
    const again = await importWorkspace(db, seedBytes(), 'copia.txt')
    expect(again.ok && again.existed && again.workspace.hash).toBe(hash)
    expect(await listWorkspaces(db)).toHaveLength(1)
    expect(await db.edits.count()).toBe(1)
  })

  it('a file that is not a report returns the parser error and leaves every workspace untouched', async () => {
    const { db } = await seededDrafts()
    const before = await listWorkspaces(db)
    const result = await importWorkspace(db, new TextEncoder().encode('esto no es un informe\n'), 'notas.txt')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message.es.length).toBeGreaterThan(0)
    expect(await listWorkspaces(db)).toEqual(before)
  })

  it('a second report gets its own workspace, and deleting one removes its log, reviews and saved views but not the other', async () => {
    const { db, hash } = await seededDrafts()
    // The same report with one more blank line at the end is a different file, so a different workspace.
    const other = new Uint8Array([...seedBytes(), 0x0a])
    const imported = await importWorkspace(db, other, 'otra-version.txt')
    if (!imported.ok) throw new Error(imported.error.message.es)
    expect(imported.existed).toBe(false)
    expect(imported.report.metas).toHaveLength(seed.metas.length)
    const first = await openSession(db, hash)
    const second = await openSession(db, imported.workspace.hash)
    first.commit([{ meta: 0, column: 'achieved', after: '4' }])
    second.commit([{ meta: 0, column: 'achieved', after: '5' }])
    second.setReviewStatus(0, 'approved', 'Ana')
    await Promise.all([first.whenSaved(), second.whenSaved()])
    await db.views.add({ workspace: imported.workspace.hash, name: 'Bajo 80 %', query: 'band=under50', savedAt: 1 })
    await db.views.add({ workspace: hash, name: 'Todas', query: '', savedAt: 1 })
    expect((await listWorkspaces(db)).map((w) => w.hash)).toEqual([imported.workspace.hash, hash])

    await deleteWorkspace(db, imported.workspace.hash)
    expect((await listWorkspaces(db)).map((w) => w.hash)).toEqual([hash])
    expect((await db.edits.toArray()).map((r) => [r.workspace, r.after])).toEqual([[hash, '4']])
    expect(await db.reviews.count()).toBe(0)
    expect((await db.views.toArray()).map((v) => [v.workspace, v.name])).toEqual([[hash, 'Todas']])
  })

  it('keeps the original as a Blob (IndexedDB stores it without a copy on the page) and reopens it byte for byte', async () => {
    const { db, hash } = await seededDrafts()
    expect((await db.originals.get(hash))!.bytes).toBeInstanceOf(Blob)
    const opened = await readWorkspace(db, hash)
    expect(Buffer.from(opened!.bytes).equals(seedBytes())).toBe(true)
    expect(opened!.report.metas).toHaveLength(seed.metas.length)
  })

  it('opening a workspace marks it as the most recent without rewriting its original', async () => {
    const { db, hash } = await seededDrafts()
    const other = await importWorkspace(db, new Uint8Array([...seedBytes(), 0x0a]), 'otra-version.txt')
    if (!other.ok) throw new Error(other.error.message.es)
    expect((await listWorkspaces(db))[0]!.hash).toBe(other.workspace.hash)
    let originalWrites = 0
    const count = () => void originalWrites++
    db.originals.hook('creating', count)
    db.originals.hook('updating', count)
    db.originals.hook('deleting', count)
    // A later moment than the import, whatever the clock's resolution.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 })
    const opened = await readWorkspace(db, hash).finally(() => vi.useRealTimers())
    expect(opened?.report.metas).toEqual(seed.metas)
    expect((await listWorkspaces(db))[0]!.hash).toBe(hash)
    expect(originalWrites).toBe(0)
    expect(await db.workspaces.get(hash)).not.toHaveProperty('bytes')
  })
})
